using Governance.Host.Modules;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Host.Database;

/// <summary>Migrates the platform schema and then every enabled module's schema, in dependency order.</summary>
public sealed class MigrationRunner(ModuleRuntime runtime, IServiceScopeFactory scopes, ILogger<MigrationRunner> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var (owner, contextType) in runtime.MigratedContexts)
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
            CheckSchema(owner, context);
            try
            {
                // Creating the history table first spares county IT a logged "relation does not exist" error on a new database.
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                await context.Database.MigrateAsync(cancellationToken);
                var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
                logger.LogInformation("Schema {Schema} of {Owner} is migrated: {Migrations}",
                    context.Schema, owner, string.Join(", ", applied));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new ModuleStartupException(owner,
                    $"migrating schema '{context.Schema}' with {contextType.Name} failed: {ex.Message}", ex);
            }
        }
    }

    private void CheckSchema(string owner, ModuleDbContext context)
    {
        if (runtime.Modules.FirstOrDefault(m => m.Id == owner) is { } module && module.Manifest.Schema != context.Schema)
        {
            throw new ModuleStartupException(owner,
                $"{context.GetType().Name} uses schema '{context.Schema}' but module.json says '{module.Manifest.Schema}'. " +
                "A module owns exactly one schema; make them equal.");
        }
    }
}
