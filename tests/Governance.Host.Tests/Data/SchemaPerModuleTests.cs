using System.Net;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Host.Tests.Data;

public sealed class SchemaPerModuleTests
{
    [Fact]
    public async Task Each_module_migrates_into_its_own_schema_with_its_own_history_and_nothing_crosses_schemas()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        var database = await PostgresServer.CreateDatabaseAsync();
        await using (var host = await TestHost.StartAsync(plugins.Path, database))
        {
            var ready = await host.Client().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Healthy", body.GetProperty("status").GetString());
        }

        var tables = await Sql.Column(database, """
            SELECT table_schema || '.' || table_name FROM information_schema.tables
            WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1
            """);
        Assert.Contains("platform.__EFMigrationsHistory", tables);
        Assert.Contains("sender.__EFMigrationsHistory", tables);
        Assert.Contains("receiver.__EFMigrationsHistory", tables);
        Assert.Contains("sender.notes", tables);
        Assert.Contains("sender.outbox_messages", tables);
        Assert.Contains("receiver.received_notes", tables);
        Assert.Contains("receiver.inbox_messages", tables);
        Assert.DoesNotContain(tables, t => t.StartsWith("public."));

        var senderHistory = await Sql.Column(database, "SELECT migration_id FROM sender.\"__EFMigrationsHistory\"");
        var receiverHistory = await Sql.Column(database, "SELECT migration_id FROM receiver.\"__EFMigrationsHistory\"");
        Assert.Single(senderHistory);
        Assert.Single(receiverHistory);
        Assert.NotEqual(senderHistory, receiverHistory);

        var crossSchemaKeys = await Sql.Column(database, """
            SELECT c.conname FROM pg_constraint c
            JOIN pg_class own ON own.oid = c.conrelid
            JOIN pg_class ref ON ref.oid = c.confrelid
            WHERE c.contype = 'f' AND own.relnamespace <> ref.relnamespace
            """);
        Assert.Empty(crossSchemaKeys);
        var foreignKeys = await Sql.Column(database, "SELECT conname FROM pg_constraint WHERE contype = 'f'");
        Assert.NotEmpty(foreignKeys);
    }

    [Fact]
    public async Task Restarting_on_a_migrated_database_applies_nothing_again_and_keeps_data()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        var database = await PostgresServer.CreateDatabaseAsync();
        Guid id;
        await using (var first = await TestHost.StartAsync(plugins.Path, database))
        {
            var created = await first.ClientAs(TestUsers.Administrator()).PostAsync("/api/sender/notes",
                new StringContent("""{"text":"第一次"}""", System.Text.Encoding.UTF8, "application/json"));
            id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        }

        await using var second = await TestHost.StartAsync(plugins.Path, database);
        var note = await second.ClientAs(TestUsers.Administrator()).GetAsync($"/api/sender/notes/{id}");
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
    }
}
