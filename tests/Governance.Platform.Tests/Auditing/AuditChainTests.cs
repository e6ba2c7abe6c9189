using Governance.Host;
using Governance.Platform.Abstractions.Auditing;
using Governance.Platform.Auditing;
using Governance.SharedKernel.Auditing;
using Governance.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.Platform.Tests.Auditing;

/// <summary>The audit log is a hash chain: concurrent writers never fork it, and any change to a row is found.</summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task Parallel_writers_in_two_hosts_keep_one_gap_free_chain_that_verifies()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var first = await TestHost.StartAsync(plugins.Path, database);
        await using var second = await TestHost.StartAsync(plugins.Path, database);

        const int perKind = 20;
        var commands = Enumerable.Range(0, perKind).Select(i =>
            AuditApi.CreateNote((i % 2 == 0 ? first : second).ClientAs(TestUsers.User("3301")), $"并发 {i}"));
        var reads = Enumerable.Range(0, perKind).Select(i => RecordRead(i % 2 == 0 ? second : first, $"person-{i}"));
        await Task.WhenAll(commands.Cast<Task>().Concat(reads));

        var verification = await AuditApi.Verify(first);
        Assert.True(verification.GetProperty("ok").GetBoolean());
        Assert.Equal(2 * perKind, verification.GetProperty("verified").GetInt64());
        Assert.Equal(2 * perKind, verification.GetProperty("head").GetProperty("sequence").GetInt64());
        Assert.Equal(2L * perKind, await Sql.Scalar<long>(database, "SELECT count(DISTINCT previous_hash) FROM platform.audit_log"));
    }

    [Fact]
    public async Task An_audited_transaction_still_open_holds_back_no_other_command_and_is_linked_once_committed()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(plugins.Path, database);
        await using var connection = await host.App.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var slow = await connection.BeginTransactionAsync();
        await host.App.Services.GetRequiredService<AuditWriter>().AppendAsync(
            new AuditEntry(new AuditActor(null, "slow", null, null), "SlowCommand", "Test", null, null, AuditOutcome.Success, null),
            connection, slow, CancellationToken.None);

        var note = AuditApi.CreateNote(host.ClientAs(TestUsers.User("3301")), "不必等待");
        Assert.Same(note, await Task.WhenAny(note, Task.Delay(TimeSpan.FromSeconds(10))));
        await note;
        var whileOpen = await AuditApi.Verify(host);
        await slow.CommitAsync();
        var committed = await AuditApi.Verify(host);

        Assert.True(whileOpen.GetProperty("ok").GetBoolean());
        Assert.True(committed.GetProperty("ok").GetBoolean());
        Assert.Equal(whileOpen.GetProperty("verified").GetInt64() + 1, committed.GetProperty("verified").GetInt64());
        Assert.Equal(0, committed.GetProperty("unlinked").GetInt64());
        Assert.Equal("SlowCommand", await Sql.Scalar<string>(database,
            "SELECT operation FROM platform.audit_log ORDER BY sequence DESC LIMIT 1"));
    }

    [Fact]
    public async Task A_changed_row_is_reported_as_the_first_broken_row()
    {
        await using var chain = await ChainOf(rows: 6);
        await chain.Tamper("UPDATE platform.audit_log SET detail = '改过' WHERE sequence = 3");

        var verification = await AuditApi.Verify(chain.Host);

        Assert.False(verification.GetProperty("ok").GetBoolean());
        Assert.Equal(2, verification.GetProperty("verified").GetInt64());
        var broken = verification.GetProperty("brokenAt");
        Assert.Equal(3, broken.GetProperty("sequence").GetInt64());
        Assert.Equal("hash", broken.GetProperty("mismatch").GetString());
        Assert.Contains("第 3 条", broken.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_row_changed_and_rehashed_breaks_the_link_of_the_next_row()
    {
        await using var chain = await ChainOf(rows: 5);
        AuditRecord original;
        await using (var scope = chain.Host.App.Services.CreateAsyncScope())
        {
            original = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>()
                .Set<AuditRecord>().AsNoTracking().SingleAsync(r => r.Sequence == 3);
        }

        var forged = AuditRecord.Unlinked(original.OccurredAt,
            new AuditEntry(new AuditActor(original.UserId, original.UserName, original.Department, original.ClientAddress),
                original.Operation, original.Module, original.RecordType, original.RecordId, AuditOutcome.Failure, "改过"))
            .LinkAfter(3, original.PreviousHash!);
        await chain.Tamper($"UPDATE platform.audit_log SET outcome = '{forged.Outcome}', detail = '{forged.Detail}', hash = '{forged.Hash}' WHERE sequence = 3");

        var verification = await AuditApi.Verify(chain.Host);

        Assert.Equal(3, verification.GetProperty("verified").GetInt64());
        Assert.Equal(4, verification.GetProperty("brokenAt").GetProperty("sequence").GetInt64());
        Assert.Equal("previousHash", verification.GetProperty("brokenAt").GetProperty("mismatch").GetString());
    }

    [Fact]
    public async Task A_deleted_row_is_reported_where_the_sequence_jumps()
    {
        await using var chain = await ChainOf(rows: 5);
        await chain.Tamper("DELETE FROM platform.audit_log WHERE sequence = 4");

        var verification = await AuditApi.Verify(chain.Host);

        Assert.Equal(3, verification.GetProperty("verified").GetInt64());
        Assert.Equal(5, verification.GetProperty("brokenAt").GetProperty("sequence").GetInt64());
        Assert.Equal("sequence", verification.GetProperty("brokenAt").GetProperty("mismatch").GetString());
    }

    [Theory]
    [InlineData("UPDATE platform.audit_log SET detail = 'x' WHERE sequence = 1")]
    [InlineData("DELETE FROM platform.audit_log WHERE sequence = 1")]
    [InlineData("TRUNCATE platform.audit_log")]
    public async Task The_database_refuses_to_change_or_remove_audit_rows_even_for_a_superuser(string sql)
    {
        await using var chain = await ChainOf(rows: 2);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => Sql.Execute(chain.Database, sql));

        Assert.Contains("append-only", refused.MessageText);
        Assert.Equal(2L, await Sql.Scalar<long>(chain.Database, "SELECT count(*) FROM platform.audit_log"));
        Assert.True((await AuditApi.Verify(chain.Host)).GetProperty("ok").GetBoolean());
    }

    private static async Task RecordRead(GovernanceApplication host, string recordId)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
            .RecordReadAsync("SpecialGroups", "person", recordId, "特殊人群身份", CancellationToken.None);
    }

    /// <summary>A host whose audit log holds <paramref name="rows"/> notes' rows, verified intact.</summary>
    private static async Task<Chain> ChainOf(int rows)
    {
        var plugins = TestPluginsFolder.With("Sender");
        var database = await PostgresServer.CreateDatabaseAsync();
        var host = await TestHost.StartAsync(plugins.Path, database);
        var client = host.ClientAs(TestUsers.User("3301"));
        for (var i = 0; i < rows; i++)
        {
            await AuditApi.CreateNote(client, $"第 {i + 1} 条");
        }

        Assert.True((await AuditApi.Verify(host)).GetProperty("ok").GetBoolean());
        return new Chain(host, database, plugins);
    }

    private sealed record Chain(GovernanceApplication Host, string Database, TestPluginsFolder Plugins) : IAsyncDisposable
    {
        /// <summary>Runs <paramref name="sql"/> with the append-only trigger off, as an attacker with the superuser password could.</summary>
        public Task Tamper(string sql) => Sql.Execute(Database,
            $"ALTER TABLE platform.audit_log DISABLE TRIGGER USER; {sql}; ALTER TABLE platform.audit_log ENABLE TRIGGER USER");

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            Plugins.Dispose();
        }
    }
}
