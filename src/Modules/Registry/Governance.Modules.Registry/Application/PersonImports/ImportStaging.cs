using Npgsql;
using NpgsqlTypes;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>
/// The valid rows of one import, chunk by chunk, in a temporary table of the import's own connection: written with
/// binary COPY, checked against existing persons set-based, then merged into the persons table (update changed,
/// insert new), all inside the import's one transaction. A temporary table dies with its connection and the
/// transaction commits only at the end, so a failed or crashed import leaves nothing behind.
/// </summary>
internal sealed class ImportStaging(NpgsqlConnection connection)
{
    private const string S = RegistryDbContext.SchemaName;

    private const string Copy =
        "COPY import_rows (row_no, id, citizen_id, name, ethnicity, household_region, household_address, " +
        "current_region, grid, current_address, scope_code, phone, population_type) FROM STDIN (FORMAT BINARY)";

    // A person registered by another township's staff may not be changed by this import (one record per person).
    private const string OutsideJurisdiction = $"""
        DELETE FROM import_rows r USING {S}.persons p WHERE p.citizen_id = r.citizen_id AND NOT starts_with(p.scope_code, $1)
        RETURNING r.row_no
        """;

    // Optional ledger fields left empty keep what the record had; the placement is replaced as a whole. Rows whose
    // values equal the record's are left alone (not counted as updated).
    private const string UpdateExisting = $"""
        UPDATE {S}.persons p SET
            name = s.name, ethnicity = s.ethnicity,
            household_region = coalesce(s.household_region, p.household_region),
            household_address = coalesce(s.household_address, p.household_address),
            current_region = s.current_region, grid = s.grid, current_address = s.current_address,
            scope_code = s.scope_code, phone = coalesce(s.phone, p.phone), population_type = s.population_type,
            updated_at = $1, import_id = $2
        FROM import_rows s
        WHERE p.citizen_id = s.citizen_id
          AND (p.name, p.ethnicity, p.household_region, p.household_address, p.current_region, p.grid, p.current_address,
               p.scope_code, p.phone, p.population_type)
              IS DISTINCT FROM (s.name, s.ethnicity, coalesce(s.household_region, p.household_region),
               coalesce(s.household_address, p.household_address), s.current_region, s.grid, s.current_address,
               s.scope_code, coalesce(s.phone, p.phone), s.population_type)
        """;

    // Sex and birth date are read from the citizen ID (digit 17; digits 7–14), as the API derives them.
    private const string InsertNew = $"""
        INSERT INTO {S}.persons (id, citizen_id, name, sex, birth_date, ethnicity, household_region, household_address,
            current_region, grid, current_address, scope_code, phone, population_type, registered_at, updated_at, import_id)
        SELECT id, citizen_id, name, 2 - substr(citizen_id, 17, 1)::int % 2, to_date(substr(citizen_id, 7, 8), 'YYYYMMDD'),
            ethnicity, household_region, household_address, current_region, grid, current_address, scope_code, phone,
            population_type, $1, $1, $2
        FROM import_rows s
        WHERE NOT EXISTS (SELECT 1 FROM {S}.persons p WHERE p.citizen_id = s.citizen_id)
        """;

    public Task CreateAsync(CancellationToken ct) => ExecuteAsync("""
        CREATE TEMP TABLE import_rows (
            row_no int NOT NULL, id uuid NOT NULL, citizen_id varchar(18) NOT NULL, name varchar(50) NOT NULL,
            ethnicity varchar(2) NOT NULL, household_region varchar(12),
            household_address varchar(200), current_region varchar(12) NOT NULL, grid varchar(15),
            current_address varchar(200) NOT NULL, scope_code varchar(15) NOT NULL, phone varchar(20),
            population_type int NOT NULL)
        """, ct);

    private static void Write(NpgsqlBinaryImporter copy, StagedPerson p, Guid id)
    {
        copy.StartRow();
        copy.Write(p.Row, NpgsqlDbType.Integer);
        copy.Write(id, NpgsqlDbType.Uuid);
        copy.Write(p.CitizenId.Value, NpgsqlDbType.Varchar);
        copy.Write(p.Name, NpgsqlDbType.Varchar);
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

    /// <summary>
    /// Stages one chunk of valid rows and merges it into the persons table inside the caller's transaction: rows of
    /// persons registered outside the jurisdiction are taken out (their row numbers returned), changed persons are
    /// updated, new ones inserted.
    /// </summary>
    public async Task<ChunkResult> MergeChunkAsync(
        IReadOnlyList<StagedPerson> rows, string jurisdiction, Guid importId, DateTimeOffset now, SequentialIds ids, CancellationToken ct)
    {
        await ExecuteAsync("TRUNCATE import_rows", ct);
        using (var copy = connection.BeginBinaryImport(Copy))
        {
            foreach (var person in rows)
            {
                Write(copy, person, ids.Next());
            }

            await copy.CompleteAsync(ct);
        }

        // A first load of new people skips the two joins with persons that only matter for known ones.
        if (!await AnyKnownAsync(ct))
        {
            return new ChunkResult([], await ExecuteAsync(InsertNew, ct, now, importId), 0);
        }

        var outside = new List<int>();
        await using (var command = new NpgsqlCommand(OutsideJurisdiction, connection) { CommandTimeout = 0 })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = jurisdiction });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                outside.Add(reader.GetInt32(0));
            }
        }

        var updated = await ExecuteAsync(UpdateExisting, ct, now, importId);
        var inserted = await ExecuteAsync(InsertNew, ct, now, importId);
        return new ChunkResult(outside, inserted, updated);
    }

    /// <summary>
    /// Each chunk is small next to the persons table, so it is joined by index lookups. Within the import's
    /// transaction the planner's statistics of persons lag far behind (the rows are not committed yet) and would
    /// otherwise pick a hash join that scans the whole table once per chunk.
    /// </summary>
    public Task PreferIndexLookupsAsync(CancellationToken ct) =>
        ExecuteAsync("SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off", ct);

    private async Task<bool> AnyKnownAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT EXISTS (SELECT 1 FROM import_rows r JOIN {S}.persons p ON p.citizen_id = r.citizen_id)", connection) { CommandTimeout = 0 };
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    public Task DropAsync(CancellationToken ct) => ExecuteAsync("DROP TABLE IF EXISTS import_rows", ct);

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

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteNonQueryAsync(ct);
    }
}

internal sealed record ChunkResult(IReadOnlyList<int> OutsideJurisdiction, int Inserted, int Updated);
