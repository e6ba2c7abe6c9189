using System.Diagnostics;
using Governance.Modules.Registry.Contracts.Events;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Governance.Modules.Registry.Infrastructure.Configurations;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Messaging;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>
/// Runs one import: streams the file through the per-row checks into staging, applies the set-based checks, then
/// in one transaction merges the valid rows, stores the row errors, publishes <c>registry.persons-imported.v1</c>
/// and marks the import succeeded. Any failure rolls all of that back and marks the import failed.
/// </summary>
internal sealed class PersonImporter(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<PersonImporter> logger)
{
    private const string S = RegistryDbContext.SchemaName;
    private const int ProgressEvery = 50_000;

    public async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await SetStateAsync(job.ImportId, ImportState.Running, "started_at", null, ct);
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            var staging = new ImportStaging(connection);
            await staging.CreateAsync(ct);
            var (counts, errors) = await StageAsync(job, staging, ct);
            errors.AddRange(await staging.RemoveInvalidAsync(job.Jurisdiction, ct));
            await CompleteAsync(job, connection, staging, counts.Read, errors, ct);
            logger.LogInformation("Person import {ImportId}: {Rows} rows in {Elapsed} ms", job.ImportId, counts.Read, watch.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Person import {ImportId} failed", job.ImportId);
            await SetStateAsync(job.ImportId, ImportState.Failed, "finished_at", Describe(ex), CancellationToken.None);
        }
        finally
        {
            TryDelete(job.Path);
        }
    }

    private async Task<((int Read, int Valid) Counts, List<RowError> Errors)> StageAsync(
        ImportJob job, ImportStaging staging, CancellationToken ct)
    {
        using var reader = LedgerReader.Open(job.Path, job.Format);
        var columns = LedgerColumns.Parse(reader.Header, out var problem);
        if (problem is not null)
        {
            throw new InvalidDataException(problem);
        }

        var parser = new LedgerRowParser(columns, job.Jurisdiction, CitizenId.TodayInChina(clock));
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<RowError>();
        int read = 0, valid = 0, invalidRows = 0;
        var now = clock.GetUtcNow();
        using (var copy = staging.BeginCopy())
        {
            while (reader.Read())
            {
                read++;
                var errorsBefore = errors.Count;
                if (parser.Parse(reader, errors) is { } person)
                {
                    if (firstRowOf.TryAdd(person.CitizenId.Value, person.Row))
                    {
                        ImportStaging.Write(copy, person, Guid.CreateVersion7(now));
                        valid++;
                    }
                    else
                    {
                        errors.Add(new RowError(person.Row, LedgerColumns.LabelOf(LedgerColumn.CitizenId),
                            $"与第 {firstRowOf[person.CitizenId.Value]} 行的身份证号重复（同一文件中只导入第一行）"));
                    }
                }

                invalidRows += errors.Count > errorsBefore ? 1 : 0;
                if (read % ProgressEvery == 0)
                {
                    await ReportProgressAsync(job.ImportId, read, valid, invalidRows, ct);
                }
            }

            await copy.CompleteAsync(ct);
        }

        if (read == 0)
        {
            throw new InvalidDataException("文件只有表头，没有数据行");
        }

        await ReportProgressAsync(job.ImportId, read, valid, invalidRows, ct);
        return ((read, valid), errors);
    }

    private async Task CompleteAsync(
        ImportJob job, NpgsqlConnection connection, ImportStaging staging, int read, List<RowError> errors, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var invalidRows = errors.Select(e => e.Row).Distinct().Count();
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var (inserted, updated) = await staging.MergeAsync(job.ImportId, now, ct);
        await WriteErrorsAsync(connection, job.ImportId, errors, ct);
        await PublishAsync(connection, new PersonsImported(job.ImportId, job.Jurisdiction, inserted, updated) { OccurredAt = now }, ct);
        await ExecuteAsync(connection, $"""
            UPDATE {S}.person_imports SET state = $2, rows_read = $3, rows_valid = $4, rows_invalid = $5, inserted = $6,
                updated = $7, finished_at = $8 WHERE id = $1
            """, ct, job.ImportId, (int)ImportState.Succeeded, read, read - invalidRows, invalidRows, inserted, updated, now);
        await transaction.CommitAsync(ct);
        await staging.DropAsync(ct);
    }

    private static async Task WriteErrorsAsync(NpgsqlConnection connection, Guid importId, List<RowError> errors, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {S}.{PersonImportErrorConfiguration.Table} (import_id, seq, row, \"column\", reason) FROM STDIN (FORMAT BINARY)", ct);
        var seq = 0;
        foreach (var error in errors.OrderBy(e => e.Row))
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(importId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(++seq, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(error.Row, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(error.Column, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(error.Reason.Length > 300 ? error.Reason[..300] : error.Reason, NpgsqlDbType.Varchar, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static Task PublishAsync(NpgsqlConnection connection, IntegrationEvent integrationEvent, CancellationToken ct)
    {
        var message = OutboxMessage.From(integrationEvent);
        return ExecuteAsync(connection, $"INSERT INTO {S}.outbox_messages (id, type, payload, occurred_at) VALUES ($1, $2, $3::jsonb, $4)",
            ct, message.Id, message.Type, message.Payload, message.OccurredAt);
    }

    private Task ReportProgressAsync(Guid importId, int read, int valid, int invalid, CancellationToken ct) =>
        ExecuteAsync($"UPDATE {S}.person_imports SET rows_read = $2, rows_valid = $3, rows_invalid = $4 WHERE id = $1",
            ct, importId, read, valid, invalid);

    private Task SetStateAsync(Guid importId, ImportState state, string timestampColumn, string? error, CancellationToken ct) =>
        ExecuteAsync($"UPDATE {S}.person_imports SET state = $2, {timestampColumn} = $3, error = $4 WHERE id = $1",
            ct, importId, (int)state, clock.GetUtcNow(), (object?)error ?? DBNull.Value);

    private async Task ExecuteAsync(string sql, CancellationToken ct, params object[] parameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await ExecuteAsync(connection, sql, ct, parameters);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Describe(Exception ex) => ex switch
    {
        InvalidDataException => ex.Message,
        _ => $"导入失败，未写入任何数据：{ex.Message}",
    } is var text && text.Length > 1000 ? text[..1000] : text;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
