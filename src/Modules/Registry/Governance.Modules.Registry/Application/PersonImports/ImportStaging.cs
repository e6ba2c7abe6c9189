using Governance.Modules.Registry.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>
/// The valid rows of one import in a temporary table of the import's own connection: written with binary COPY,
/// checked against regions, grids and existing persons set-based, then merged into the persons table in one
/// statement. A temporary table dies with its connection, so a failed or crashed import leaves nothing behind.
/// </summary>
internal sealed class ImportStaging(NpgsqlConnection connection)
{
    private const string S = RegistryDbContext.SchemaName;

    private static readonly string[] SetBasedChecks =
    [
        $"""
        DELETE FROM import_rows r WHERE NOT EXISTS (SELECT 1 FROM {S}.regions g WHERE g.code = r.current_region)
        RETURNING r.row_no, '{LedgerColumns.LabelOf(LedgerColumn.CurrentRegionCode)}', '现住地区划 ' || r.current_region || ' 不在区划代码表中'
        """,
        $"""
        DELETE FROM import_rows r WHERE r.household_region IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM {S}.regions g WHERE g.code IN (r.household_region, left(r.household_region, 6) || '000000'))
        RETURNING r.row_no, '{LedgerColumns.LabelOf(LedgerColumn.HouseholdRegionCode)}', '户籍地区划 ' || r.household_region || ' 所在的县级区划不在区划代码表中'
        """,
        $"""
        DELETE FROM import_rows r WHERE r.grid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {S}.grids g WHERE g.code = r.grid)
        RETURNING r.row_no, '{LedgerColumns.LabelOf(LedgerColumn.GridCode)}', '网格 ' || r.grid || ' 不存在'
        """,
        $"""
        DELETE FROM import_rows r USING {S}.persons p WHERE p.citizen_id = r.citizen_id AND NOT starts_with(p.scope_code, $1)
        RETURNING r.row_no, '{LedgerColumns.LabelOf(LedgerColumn.CitizenId)}', '此人已在其他辖区登记（一人一档），不能由本次导入修改'
        """,
    ];

    // Optional ledger fields left empty keep what the record had; the placement is replaced as a whole.
    private const string Merge = $"""
        WITH upserted AS (
            INSERT INTO {S}.persons AS p (id, citizen_id, name, sex, birth_date, ethnicity, household_region, household_address,
                current_region, grid, current_address, scope_code, phone, population_type, registered_at, updated_at, import_id)
            SELECT id, citizen_id, name, sex, birth_date, ethnicity, household_region, household_address,
                current_region, grid, current_address, scope_code, phone, population_type, $1, $1, $2
            FROM import_rows
            ON CONFLICT (citizen_id) DO UPDATE SET
                name = excluded.name, ethnicity = excluded.ethnicity,
                household_region = coalesce(excluded.household_region, p.household_region),
                household_address = coalesce(excluded.household_address, p.household_address),
                current_region = excluded.current_region, grid = excluded.grid, current_address = excluded.current_address,
                scope_code = excluded.scope_code, phone = coalesce(excluded.phone, p.phone),
                population_type = excluded.population_type, updated_at = excluded.updated_at, import_id = excluded.import_id
            WHERE (p.name, p.ethnicity, p.household_region, p.household_address, p.current_region, p.grid, p.current_address,
                   p.scope_code, p.phone, p.population_type)
                IS DISTINCT FROM (excluded.name, excluded.ethnicity, coalesce(excluded.household_region, p.household_region),
                   coalesce(excluded.household_address, p.household_address), excluded.current_region, excluded.grid,
                   excluded.current_address, excluded.scope_code, coalesce(excluded.phone, p.phone), excluded.population_type)
            RETURNING (xmax = 0) AS inserted)
        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted
        """;

    public async Task CreateAsync(CancellationToken ct) => await ExecuteAsync("""
        CREATE TEMP TABLE import_rows (
            row_no int NOT NULL, id uuid NOT NULL, citizen_id varchar(18) NOT NULL, name varchar(50) NOT NULL,
            sex int NOT NULL, birth_date date NOT NULL, ethnicity varchar(2) NOT NULL, household_region varchar(12),
            household_address varchar(200), current_region varchar(12) NOT NULL, grid varchar(15),
            current_address varchar(200) NOT NULL, scope_code varchar(15) NOT NULL, phone varchar(20),
            population_type int NOT NULL)
        """, ct);

    public NpgsqlBinaryImporter BeginCopy() => connection.BeginBinaryImport(
        "COPY import_rows (row_no, id, citizen_id, name, sex, birth_date, ethnicity, household_region, household_address, " +
        "current_region, grid, current_address, scope_code, phone, population_type) FROM STDIN (FORMAT BINARY)");

    public static void Write(NpgsqlBinaryImporter copy, StagedPerson p, Guid id)
    {
        copy.StartRow();
        copy.Write(p.Row, NpgsqlDbType.Integer);
        copy.Write(id, NpgsqlDbType.Uuid);
        copy.Write(p.CitizenId.Value, NpgsqlDbType.Varchar);
        copy.Write(p.Name, NpgsqlDbType.Varchar);
        copy.Write((int)p.CitizenId.Sex, NpgsqlDbType.Integer);
        copy.Write(p.CitizenId.BirthDate, NpgsqlDbType.Date);
        copy.Write(p.Ethnicity, NpgsqlDbType.Varchar);
        WriteNullable(copy, p.HouseholdRegion?.Value);
        WriteNullable(copy, p.HouseholdAddress);
        copy.Write(p.CurrentRegion.Value, NpgsqlDbType.Varchar);
        WriteNullable(copy, p.Grid?.Value);
        copy.Write(p.CurrentAddress, NpgsqlDbType.Varchar);
        copy.Write(p.ScopeCode, NpgsqlDbType.Varchar);
        WriteNullable(copy, p.Phone?.Value);
        copy.Write((int)p.PopulationType, NpgsqlDbType.Integer);
    }

    /// <summary>Removes the rows that fail a check against the database and returns why, row by row.</summary>
    public async Task<List<RowError>> RemoveInvalidAsync(string jurisdiction, CancellationToken ct)
    {
        await ExecuteAsync("ANALYZE import_rows", ct);
        var errors = new List<RowError>();
        foreach (var sql in SetBasedChecks)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            if (sql.Contains("$1", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = jurisdiction });
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                errors.Add(new RowError(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        return errors;
    }

    /// <summary>Inserts new persons and updates changed ones (by citizen ID); returns (inserted, updated).</summary>
    public async Task<(int Inserted, int Updated)> MergeAsync(Guid importId, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(Merge, connection)
        {
            Parameters = { new NpgsqlParameter { Value = now }, new NpgsqlParameter { Value = importId } },
            CommandTimeout = 0,
        };
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    public async Task DropAsync(CancellationToken ct) => await ExecuteAsync("DROP TABLE IF EXISTS import_rows", ct);

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
