using Npgsql;

namespace Governance.Host.Database;

/// <summary>
/// Watches the embedded cluster and starts it again when its postmaster has died, so the host recovers by itself
/// instead of staying not-ready until it is restarted. The pooled connections to the dead server are cleared.
/// </summary>
internal sealed class EmbeddedPostgresSupervisor(
    EmbeddedPostgres cluster, NpgsqlDataSource database, ILogger<EmbeddedPostgresSupervisor> logger) : BackgroundService
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await cluster.RestartIfDownAsync(stoppingToken))
                {
                    database.Clear();
                    logger.LogWarning("The embedded PostgreSQL server in {DataDirectory} had stopped; restarted it on port {Port}",
                        cluster.DataDirectory, cluster.Port);
                }
            }
            catch (EmbeddedPostgresException exception)
            {
                logger.LogError(exception, "The embedded PostgreSQL server in {DataDirectory} is down and did not start again; retrying",
                    cluster.DataDirectory);
            }
        }
    }
}
