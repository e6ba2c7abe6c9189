using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.SharedKernel.Data;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module DbContext on the host's shared <see cref="NpgsqlDataSource"/>, with its migrations taken
    /// from the context's own assembly and its history table inside its own schema.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((provider, options) =>
            UseModuleDatabase<TContext>(options, provider.GetRequiredService<NpgsqlDataSource>(), schema));
        return services;
    }

    internal static DbContextOptionsBuilder UseModuleDatabase<TContext>(
        DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema)
        where TContext : ModuleDbContext =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql
                .MigrationsAssembly(typeof(TContext).Assembly)
                .MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .UseSnakeCaseNamingConvention();
}
