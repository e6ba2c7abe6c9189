using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>
/// Takes imports off the queue one at a time. Imports live only in this process: at start, imports a previous
/// process left queued or running are marked failed (their staging died with that process), to be uploaded again.
/// </summary>
internal sealed class PersonImportWorker(
    PersonImportQueue queue, PersonImporter importer, NpgsqlDataSource dataSource, TimeProvider clock, ILogger<PersonImportWorker> logger)
    : BackgroundService
{
    public const string InterruptedMessage = "服务重启，导入中断，未写入任何数据；请重新上传文件";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await FailInterruptedAsync(stoppingToken);
            await foreach (var job in queue.ReadAllAsync(stoppingToken))
            {
                await importer.RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; an import cut short here is marked failed at the next start.
        }
    }

    private async Task FailInterruptedAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            $"UPDATE {RegistryDbContext.SchemaName}.person_imports SET state = $1, error = $2, finished_at = $3 " +
            $"WHERE state IN ({(int)ImportState.Queued}, {(int)ImportState.Running}) AND created_at < $4");
        var now = clock.GetUtcNow();
        command.Parameters.Add(new NpgsqlParameter { Value = (int)ImportState.Failed });
        command.Parameters.Add(new NpgsqlParameter { Value = InterruptedMessage });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        var failed = await command.ExecuteNonQueryAsync(ct);
        if (failed > 0)
        {
            logger.LogWarning("{Count} person imports were interrupted by a restart and are marked failed", failed);
        }
    }
}
