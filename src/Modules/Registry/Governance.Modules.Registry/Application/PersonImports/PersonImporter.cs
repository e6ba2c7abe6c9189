using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Governance.Modules.Registry.Contracts.Events;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure.Configurations;
using Governance.SharedKernel.Identifiers;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>
/// Runs one import in one transaction. This thread streams the file through the per-row checks; a second one
/// stages the valid rows chunk by chunk (binary COPY) and merges each chunk set-based while the next is parsed.
/// At the end the row errors are stored, <c>registry.persons-imported.v1</c> is published and the import marked
/// succeeded in the same transaction. Any failure rolls all of it back and marks the import failed.
/// </summary>
internal sealed class PersonImporter(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<PersonImporter> logger)
{
    private const string S = RegistryDbContext.SchemaName;
    private const int ProgressEvery = 50_000;
    private const int BatchSize = 2_000;
    private const int ChunkRows = 100_000;

    private static readonly string OutsideJurisdiction = "此人已在其他辖区登记（一人一档），不能由本次导入修改";

    public async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await SetStateAsync(job.ImportId, ImportState.Running, "started_at", null, ct);
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            var staging = new ImportStaging(connection);
            await staging.CreateAsync(ct);
            var known = await ImportReferenceData.LoadAsync(connection, ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await staging.PreferIndexLookupsAsync(ct);
            var outcome = await ImportRowsAsync(job, staging, known, ct);
            var merged = watch.ElapsedMilliseconds;
            await CompleteAsync(job, connection, outcome, ct);
            await transaction.CommitAsync(ct);
            await staging.DropAsync(ct);
            TryDelete(job.Path);
            logger.LogInformation(
                "Person import {ImportId}: {Rows} rows read, checked, staged and merged in {Merged} ms (of which waiting for " +
                "PostgreSQL {Database} ms); errors stored and committed in {Commit} ms",
                job.ImportId, outcome.Read, merged, outcome.DatabaseMilliseconds, watch.ElapsedMilliseconds - merged);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Person import {ImportId} failed", job.ImportId);
            await FailAsync(job, Describe(ex));
        }
    }

    /// <summary>Marks the import failed and removes its file; nothing of it was written.</summary>
    public async Task FailAsync(ImportJob job, string error)
    {
        await SetStateAsync(job.ImportId, ImportState.Failed, "finished_at", error, CancellationToken.None);
        TryDelete(job.Path);
    }

    private async Task<ImportOutcome> ImportRowsAsync(ImportJob job, ImportStaging staging, ImportReferenceData known, CancellationToken ct)
    {
        using var reader = LedgerReader.Open(job.Path, job.Format);
        var columns = LedgerColumns.Parse(reader.Header, out var problem);
        if (problem is not null)
        {
            throw new InvalidDataException(problem);
        }

        // Room for a whole chunk, so that parsing runs on while the previous chunk is merged.
        var batches = Channel.CreateBounded<List<StagedPerson>>(
            new BoundedChannelOptions(ChunkRows / BatchSize + 1) { SingleReader = true, SingleWriter = true });
        var merger = Task.Run(() => MergeAsync(job, staging, batches.Reader, ct), ct);
        var errors = new List<RowError>();
        int read;
        try
        {
            var parser = new LedgerRowParser(columns, job.Jurisdiction, CitizenId.TodayInChina(clock), known);
            read = await ParseAsync(job, reader, parser, batches.Writer, errors, ct);
        }
        finally
        {
            batches.Writer.TryComplete();
        }

        var (inserted, updated, outside, databaseMilliseconds) = await merger;
        if (read == 0)
        {
            throw new InvalidDataException("文件只有表头，没有数据行");
        }

        var column = LedgerColumns.LabelOf(LedgerColumn.CitizenId);
        errors.AddRange(outside.Select(row => new RowError(row, column, OutsideJurisdiction)));
        return new ImportOutcome(read, errors, inserted, updated, databaseMilliseconds);
    }

    private async Task<int> ParseAsync(
        ImportJob job, LedgerReader reader, LedgerRowParser parser, ChannelWriter<List<StagedPerson>> batches,
        List<RowError> errors, CancellationToken ct)
    {
        // Keyed by the 17 digits before the check character, which decide the number.
        var firstRowOf = new Dictionary<long, int>();
        var batch = new List<StagedPerson>(BatchSize);
        int read = 0, valid = 0, invalidRows = 0;
        while (reader.Read())
        {
            read++;
            var errorsBefore = errors.Count;
            if (parser.Parse(reader, errors) is { } person)
            {
                var key = long.Parse(person.CitizenId.Value.AsSpan(0, 17), CultureInfo.InvariantCulture);
                if (firstRowOf.TryAdd(key, person.Row))
                {
                    batch.Add(person);
                    valid++;
                }
                else
                {
                    errors.Add(new RowError(person.Row, LedgerColumns.LabelOf(LedgerColumn.CitizenId),
                        $"与第 {firstRowOf[key]} 行的身份证号重复（同一文件中只导入第一行）"));
                }
            }

            invalidRows += errors.Count > errorsBefore ? 1 : 0;
            if (batch.Count == BatchSize)
            {
                await batches.WriteAsync(batch, ct);
                batch = new List<StagedPerson>(BatchSize);
            }

            if (read % ProgressEvery == 0)
            {
                await ReportProgressAsync(job.ImportId, read, valid, invalidRows, ct);
            }
        }

        await batches.WriteAsync(batch, ct);
        await ReportProgressAsync(job.ImportId, read, valid, invalidRows, ct);
        return read;
    }

    private async Task<(int Inserted, int Updated, List<int> Outside, long DatabaseMilliseconds)> MergeAsync(
        ImportJob job, ImportStaging staging, ChannelReader<List<StagedPerson>> batches, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ids = new SequentialIds(now);
        var chunk = new List<StagedPerson>(ChunkRows);
        int inserted = 0, updated = 0;
        var outside = new List<int>();
        var database = new Stopwatch();

        async Task FlushAsync()
        {
            database.Start();
            var result = await staging.MergeChunkAsync(chunk, job.Jurisdiction, job.ImportId, now, ids, ct);
            database.Stop();
            (inserted, updated) = (inserted + result.Inserted, updated + result.Updated);
            outside.AddRange(result.OutsideJurisdiction);
            chunk.Clear();
        }

        await foreach (var batch in batches.ReadAllAsync(ct))
        {
            chunk.AddRange(batch);
            if (chunk.Count >= ChunkRows)
            {
                await FlushAsync();
            }
        }

        if (chunk.Count > 0)
        {
            await FlushAsync();
        }

        return (inserted, updated, outside, database.ElapsedMilliseconds);
    }

    private async Task CompleteAsync(ImportJob job, NpgsqlConnection connection, ImportOutcome outcome, CancellationToken ct)
    {
        var invalidRows = outcome.Errors.Select(e => e.Row).Distinct().Count();
        await WriteErrorsAsync(connection, job.ImportId, outcome.Errors, ct);
        await PublishAsync(connection,
            new PersonsImported(job.ImportId, job.Jurisdiction, outcome.Inserted, outcome.Updated) { OccurredAt = clock.GetUtcNow() }, ct);
        await ExecuteAsync(connection, $"""
            UPDATE {S}.person_imports SET state = $2, rows_read = $3, rows_valid = $4, rows_invalid = $5, inserted = $6,
                updated = $7, finished_at = $8 WHERE id = $1
            """, ct, job.ImportId, (int)ImportState.Succeeded, outcome.Read, outcome.Read - invalidRows, invalidRows,
            outcome.Inserted, outcome.Updated, clock.GetUtcNow());
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
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } =>
            "导入期间有人同时登记了文件中的人员，未写入任何数据；请重新导入",
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

    private sealed record ImportOutcome(int Read, List<RowError> Errors, int Inserted, int Updated, long DatabaseMilliseconds);
}
