using Governance.Modules.Registry.Domain;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>
/// Runs queued imports one at a time, oldest first. An import is claimed with a session advisory lock held for as long as
/// it runs, so an import marked running whose lock is free was cut short by a stop or a crash — its transaction rolled
/// back, nothing of it was written — and is simply run again. Only the machine that holds the uploaded file runs an
/// import; several hosts on one database never run the same one.
/// </summary>
internal sealed class PersonImportWorker(
    PersonImportSignal signal, PersonImporter importer, NpgsqlDataSource dataSource, IOptions<RegistryOptions> options,
    ILogger<PersonImportWorker> logger) : BackgroundService
{
    public const string MissingFileMessage = "上传的文件已不在导入目录中（服务器已更换或目录被清理），未写入任何数据；请重新上传文件";

    private const string S = RegistryDbContext.SchemaName;
    private const string LockKey = "hashtextextended('registry.person-import:' || $1, 0)";

    public static string ThisHost { get; } = Environment.MachineName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await TryRunNextAsync(stoppingToken))
                {
                }

                await signal.WaitAsync(options.Value.ImportPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: an import cut short here keeps its file and runs again at the next start.
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The person import worker could not claim an import; trying again shortly");
                await signal.WaitAsync(options.Value.ImportPollInterval, stoppingToken);
            }
        }
    }

    private async Task<bool> TryRunNextAsync(CancellationToken ct)
    {
        await using var claim = await dataSource.OpenConnectionAsync(ct);
        if (await ClaimAsync(claim, ct) is not { } job)
        {
            return false;
        }

        try
        {
            if (File.Exists(job.Path))
            {
                await importer.RunAsync(job, ct);
            }
            else
            {
                logger.LogWarning("Person import {ImportId} cannot run: its file {Path} is gone", job.ImportId, job.Path);
                await importer.FailAsync(job, MissingFileMessage);
            }
        }
        finally
        {
            await ReleaseAsync(claim, job.ImportId);
        }

        return true;
    }

    /// <summary>The oldest queued (or interrupted) import of this machine whose lock this session could take.</summary>
    private static async Task<ImportJob?> ClaimAsync(NpgsqlConnection claim, CancellationToken ct)
    {
        var candidates = new List<ImportJob>();
        await using (var select = new NpgsqlCommand(
            $"SELECT id, file_path, format, jurisdiction FROM {S}.person_imports " +
            $"WHERE host = $1 AND file_path IS NOT NULL AND state IN ({(int)ImportState.Queued}, {(int)ImportState.Running}) ORDER BY created_at LIMIT 20", claim))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = ThisHost });
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                candidates.Add(new ImportJob(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        foreach (var candidate in candidates)
        {
            await using var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", claim);
            take.Parameters.Add(new NpgsqlParameter { Value = candidate.ImportId.ToString() });
            if (await take.ExecuteScalarAsync(ct) is true)
            {
                return candidate;
            }
        }

        return null;
    }

    private static async Task ReleaseAsync(NpgsqlConnection claim, Guid importId)
    {
        await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", claim);
        release.Parameters.Add(new NpgsqlParameter { Value = importId.ToString() });
        await release.ExecuteScalarAsync(CancellationToken.None);
    }
}
