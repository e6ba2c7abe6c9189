namespace Governance.Host.Database;

/// <summary>
/// Chooses the database: <c>ConnectionStrings:Governance</c> when set, otherwise a private cluster started from the
/// PostgreSQL binaries on this machine under <c>Database:DataDirectory</c> (default <c>.data/postgres</c>; see <see cref="ReachableDataDirectory"/> when run as root).
/// </summary>
internal static class DatabaseSetup
{
    public static async Task<(string ConnectionString, EmbeddedPostgres? Embedded)> ResolveAsync(
        IConfiguration configuration, string contentRoot, ILogger logger, CancellationToken cancellationToken)
    {
        var connectionString = configuration.GetConnectionString("Governance");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return (connectionString, null);
        }

        var options = new EmbeddedPostgresOptions
        {
            DataDirectory = ReachableDataDirectory.For(
                Path.GetFullPath(configuration["Database:DataDirectory"] ?? ".data/postgres", contentRoot), logger),
            Port = configuration.GetValue<int?>("Database:Port"),
            BinDirectory = configuration["Database:BinDirectory"],
        };
        var embedded = await EmbeddedPostgres.StartAsync(options, logger, cancellationToken);
        return (embedded.ConnectionString, embedded);
    }
}
