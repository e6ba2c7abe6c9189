using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Governance.SharedKernel.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a module's context without the host. Derive one per module context.
/// The connection is never opened when adding migrations.
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Governance");
        var dataSource = new NpgsqlDataSourceBuilder(
            string.IsNullOrEmpty(connectionString) ? "Host=localhost;Database=governance_design" : connectionString).Build();
        var options = ModuleDbContextRegistration.UseModuleDatabase<TContext>(
            new DbContextOptionsBuilder<TContext>(), dataSource, schema);
        return Create(((DbContextOptionsBuilder<TContext>)options).Options);
    }

    protected abstract TContext Create(DbContextOptions<TContext> options);
}
