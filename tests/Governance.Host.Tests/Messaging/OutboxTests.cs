using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.SharedKernel.Security;
using Governance.Testing;

namespace Governance.Host.Tests.Messaging;

/// <summary>Sender publishes through its outbox; the host's relay delivers to Receiver's two handlers.</summary>
public sealed class OutboxTests
{
    private const string CopyHandler = "Governance.TestPlugins.Receiver.CopyNoteHandler";
    private const string FlakyHandler = "Governance.TestPlugins.Receiver.FlakyNoteHandler";

    [Fact]
    public async Task Event_raised_in_a_command_of_one_module_is_handled_in_another()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(plugins.Path, database);

        var noteId = await CreateNote(host, "请转交接收模块");

        var received = await Eventually.Get(
            () => host.ClientAs(TestUsers.Administrator()).GetAsync($"/api/receiver/notes/{noteId}"), r => r.StatusCode == HttpStatusCode.OK,
            what: "the receiver to get the note");
        var body = await received.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请转交接收模块", body.GetProperty("text").GetString());
        Assert.Equal(1, body.GetProperty("timesApplied").GetInt32());
        await ProcessedMessage(database);
    }

    [Fact]
    public async Task A_message_delivered_twice_changes_the_consumer_once()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(plugins.Path, database);
        var noteId = await CreateNote(host, "只应生效一次");
        var messageId = await ProcessedMessage(database);

        // As if the relay had crashed after the handler committed but before it recorded the delivery.
        await Sql.Execute(database, "DELETE FROM sender.outbox_deliveries WHERE message_id = $1", messageId);
        await Sql.Execute(database, "UPDATE sender.outbox_messages SET processed_at = NULL WHERE id = $1", messageId);
        await Eventually.Get(
            () => Sql.Scalar<long>(database, "SELECT count(*) FROM sender.outbox_messages WHERE processed_at IS NULL"),
            pending => pending == 0, what: "the redelivery");
        await ProcessedMessage(database);

        var note = await host.ClientAs(TestUsers.Administrator()).GetFromJsonAsync<JsonElement>($"/api/receiver/notes/{noteId}");
        Assert.Equal(1, note.GetProperty("timesApplied").GetInt32());
        Assert.Equal(1L, await Sql.Scalar<long>(database,
            "SELECT count(*) FROM receiver.inbox_messages WHERE message_id = $1 AND handler = $2", messageId, CopyHandler));
        Assert.Equal(1L, await Sql.Scalar<long>(database,
            "SELECT count(*) FROM receiver.handler_invocations WHERE message_id = $1", messageId));
    }

    [Fact]
    public async Task A_failing_handler_is_retried_without_blocking_the_other_handlers()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(plugins.Path, database);

        var noteId = await CreateNote(host, "第三次才成功", failuresBeforeSuccess: 2);
        var messageId = await ProcessedMessage(database);

        Assert.Equal(HttpStatusCode.OK, (await host.ClientAs(TestUsers.Administrator()).GetAsync($"/api/receiver/notes/{noteId}")).StatusCode);
        Assert.Equal("1", (await Deliveries(database, messageId))[CopyHandler]);
        Assert.Equal("3", (await Deliveries(database, messageId))[FlakyHandler]);
        Assert.Equal(3L, await Sql.Scalar<long>(database,
            "SELECT count(*) FROM receiver.handler_invocations WHERE message_id = $1 AND handler = 'FlakyNoteHandler'", messageId));
        Assert.Equal(0L, await Sql.Scalar<long>(database,
            "SELECT count(*) FROM sender.outbox_messages WHERE dead_lettered_at IS NOT NULL"));
    }

    [Fact]
    public async Task After_max_attempts_the_delivery_is_dead_lettered_visible_and_can_be_requeued()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(plugins.Path, database,
            new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3" });

        var noteId = await CreateNote(host, "永远失败", failuresBeforeSuccess: -1);
        var messageId = await ProcessedMessage(database);

        var admin = host.ClientAs(TestUsers.Administrator());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().GetAsync("/api/platform/outbox/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await host.ClientAs(TestUsers.User("330106")).GetAsync("/api/platform/outbox/dead-letters")).StatusCode);
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/platform/outbox/dead-letters");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var letter = page.GetProperty("items")[0];
        Assert.Equal("sender", letter.GetProperty("schema").GetString());
        Assert.Equal(messageId, letter.GetProperty("messageId").GetGuid());
        Assert.Equal(FlakyHandler, letter.GetProperty("handler").GetString());
        Assert.Equal("sender.note-created.v1", letter.GetProperty("eventType").GetString());
        Assert.Equal(3, letter.GetProperty("attempts").GetInt32());
        Assert.Contains("fails on purpose", letter.GetProperty("lastError").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.ClientAs(TestUsers.Administrator()).GetAsync($"/api/receiver/notes/{noteId}")).StatusCode);

        var requeue = await admin.PostAsync($"/api/platform/outbox/dead-letters/sender/{messageId}/requeue", null);
        Assert.Equal(HttpStatusCode.OK, requeue.StatusCode);
        await Eventually.Get(
            () => Sql.Scalar<long>(database,
                "SELECT count(*) FROM receiver.handler_invocations WHERE message_id = $1 AND handler = 'FlakyNoteHandler'", messageId),
            calls => calls == 6, what: "three more attempts after the requeue");
        await ProcessedMessage(database);
        Assert.Equal("1", (await Deliveries(database, messageId))[CopyHandler]);
    }

    [Fact]
    public async Task Two_relays_on_one_database_deliver_each_message_to_each_handler_once()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        var database = await PostgresServer.CreateDatabaseAsync();
        var smallBatches = new Dictionary<string, string?> { ["Outbox:BatchSize"] = "3", ["Outbox:PollInterval"] = "00:00:00.010" };
        await using var first = await TestHost.StartAsync(plugins.Path, database, smallBatches);
        await using var second = await TestHost.StartAsync(plugins.Path, database, smallBatches);

        const int notes = 60;
        foreach (var batch in Enumerable.Range(0, notes).Chunk(10))
        {
            await Task.WhenAll(batch.Select(i => CreateNote(i % 2 == 0 ? first : second, $"便签 {i}")));
        }

        await Eventually.Get(
            () => Sql.Scalar<long>(database, $"SELECT count(*) FROM sender.outbox_messages WHERE processed_at IS NOT NULL AND {NoteCreatedOnly}"),
            processed => processed == notes, what: "every message to be processed");

        Assert.Equal(notes, await Sql.Scalar<long>(database, "SELECT count(*) FROM receiver.handler_invocations"));
        Assert.Equal(notes, await Sql.Scalar<long>(database,
            "SELECT count(DISTINCT message_id) FROM receiver.handler_invocations"));
        Assert.Equal(0L, await Sql.Scalar<long>(database, "SELECT count(*) FROM receiver.received_notes WHERE times_applied <> 1"));
        Assert.Equal(notes, await Sql.Scalar<long>(database, "SELECT count(*) FROM receiver.received_notes"));
    }

    private static async Task<Guid> CreateNote(GovernanceApplication host, string text, int failuresBeforeSuccess = 0)
    {
        var response = await host.ClientAs(TestUsers.Administrator()).PostAsJsonAsync("/api/sender/notes", new { text, failuresBeforeSuccess });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private const string NoteCreatedOnly = "type = 'sender.note-created.v1'";

    /// <summary>Waits until the (single) note-created message is processed and returns its id.</summary>
    private static async Task<Guid> ProcessedMessage(string database)
    {
        var ids = await Eventually.Get(
            () => Sql.Column(database, $"SELECT id FROM sender.outbox_messages WHERE processed_at IS NOT NULL AND {NoteCreatedOnly}"),
            rows => rows.Count == 1, what: "the outbox message to be processed");
        return Guid.Parse(ids[0]);
    }

    /// <summary>Attempts per handler of one message.</summary>
    private static async Task<Dictionary<string, string>> Deliveries(string database, Guid messageId)
    {
        var rows = await Sql.Column(database,
            "SELECT handler || '=' || attempts FROM sender.outbox_deliveries WHERE message_id = $1", messageId);
        return rows.Select(r => r.Split('=')).ToDictionary(p => p[0], p => p[1]);
    }
}
