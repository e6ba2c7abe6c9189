using Npgsql;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>
/// The region and grid codes at the start of an import, held in memory so that every row's codes are checked as
/// the file streams past instead of in extra passes over the staging table.
/// </summary>
internal sealed class ImportReferenceData
{
    private ImportReferenceData(HashSet<string> regions, HashSet<string> grids)
    {
        Regions = regions;
        Grids = grids;
    }

    /// <summary>12-digit codes of every region in the table.</summary>
    public HashSet<string> Regions { get; }

    public HashSet<string> Grids { get; }

    public static async Task<ImportReferenceData> LoadAsync(NpgsqlConnection connection, CancellationToken ct) =>
        new(await CodesAsync(connection, $"SELECT code FROM {RegistryDbContext.SchemaName}.regions", ct),
            await CodesAsync(connection, $"SELECT code FROM {RegistryDbContext.SchemaName}.grids", ct));

    private static async Task<HashSet<string>> CodesAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }
}
