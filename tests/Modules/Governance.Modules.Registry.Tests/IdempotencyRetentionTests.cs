using System.Net;
using System.Net.Http.Json;

namespace Governance.Modules.Registry.Tests;

/// <summary>The host removes stored first responses once they are older than <c>Idempotency:Retention</c>.</summary>
public sealed class IdempotencyRetentionTests : IAsyncLifetime
{
    private Host.GovernanceApplication? _application;
    private string _database = "";

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync("retention");
        _application = await TestHost.StartAsync(RegistryHost.PluginsPath, _database, new Dictionary<string, string?>
        {
            ["Idempotency:Retention"] = "1.00:00:00",
            ["Idempotency:CleanupInterval"] = "00:00:00.100",
        });
    }

    public async Task DisposeAsync()
    {
        if (_application is not null)
        {
            await _application.DisposeAsync();
        }
    }

    [Fact]
    public async Task Keys_older_than_the_retention_are_removed_and_newer_ones_kept()
    {
        var clerk = _application!.ClientAs(TestUsers.User(RegistryHost.County, "zfw", RegistryHost.AllPermissions));
        foreach (var key in new[] { "old-submission", "new-submission" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/persons") { Content = JsonContent.Create(PersonBodies.Valid()) };
            request.Headers.Add("Idempotency-Key", key);
            Assert.Equal(HttpStatusCode.Created, (await clerk.SendAsync(request)).StatusCode);
        }

        await Sql.Execute(_database,
            "UPDATE registry.idempotency_keys SET created_at = created_at - interval '2 days' WHERE key = 'old-submission'");

        await Eventually.Get(
            () => Sql.Scalar<long>(_database, "SELECT count(*) FROM registry.idempotency_keys WHERE key = 'old-submission'"),
            count => count == 0, what: "the expired key to be removed");
        Assert.Equal(1L, await Sql.Scalar<long>(_database, "SELECT count(*) FROM registry.idempotency_keys WHERE key = 'new-submission'"));
    }
}
