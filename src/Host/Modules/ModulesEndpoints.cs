using Governance.Host.Http;
using Governance.Platform.Abstractions;
using Npgsql;

namespace Governance.Host.Modules;

/// <summary><c>GET /api/modules</c>: what is installed, what is enabled and which migrations each schema has.</summary>
internal static class ModulesEndpoints
{
    public sealed record ModuleInfo(
        string Id, string DisplayName, string Version, string Schema, bool Enabled, bool Required,
        IReadOnlyList<string> AppliedMigrations);

    public static void MapModulesEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/modules", ListAsync)
            .WithGroupName(PlatformNames.Document)
            .WithSummary("已安装的模块 Installed modules, whether each is enabled, and the migrations applied to its schema");

    private static async Task<IReadOnlyList<ModuleInfo>> ListAsync(
        ModuleRuntime runtime, NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var modules = new List<ModuleInfo>();
        foreach (var plugin in runtime.Catalog.Plugins)
        {
            var manifest = plugin.Manifest;
            modules.Add(new ModuleInfo(
                manifest.Id, manifest.DisplayName, manifest.Version, manifest.Schema,
                Enabled: runtime.Modules.Any(m => m.Id == plugin.Id),
                manifest.Required,
                await AppliedMigrationsAsync(database, manifest.Schema, cancellationToken)));
        }

        return modules;
    }

    private static async Task<IReadOnlyList<string>> AppliedMigrationsAsync(
        NpgsqlDataSource database, string schema, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        exists.Parameters.AddWithValue("table", $"\"{schema}\".\"__EFMigrationsHistory\"");
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return [];
        }

        await using var query = new NpgsqlCommand(
            $"SELECT migration_id FROM \"{schema}\".\"__EFMigrationsHistory\" ORDER BY migration_id", connection);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var migrations = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            migrations.Add(reader.GetString(0));
        }

        return migrations;
    }
}
