using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Governance.Host.Database;
using Governance.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Host.Tests.Database;

/// <summary>The host on its own embedded cluster: when the postmaster dies, requests get 503 and the host restarts the cluster.</summary>
public sealed class EmbeddedClusterRecoveryTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new("governance-recovery-test");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_killed_postmaster_means_503_with_retry_after_until_the_host_has_restarted_the_cluster()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        await using var host = await TestHost.CreateAsync(plugins.Path, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Governance"] = "",
            ["Database:DataDirectory"] = Path.Combine(_folder.Path, "pg"),
        });
        await host.StartAsync();
        var client = host.ClientAs(TestUsers.User("3301"));
        Assert.Equal(HttpStatusCode.OK, (await host.Client().GetAsync("/health/ready")).StatusCode);

        var cluster = host.App.Services.GetRequiredService<EmbeddedPostgres>();
        var postmaster = Process.GetProcessById(int.Parse(File.ReadLines(Path.Combine(cluster.DataDirectory, "postmaster.pid")).First()));
        postmaster.Kill();
        await Eventually.Get(() => Task.FromResult(postmaster.HasExited), exited => exited, what: "the postmaster to die");

        var whileDown = await client.PostAsJsonAsync("/api/sender/notes", new { text = "数据库停了" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), whileDown.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", whileDown.Content.Headers.ContentType?.MediaType);

        await Eventually.Get(async () => (await host.Client().GetAsync("/health/ready")).StatusCode, status => status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(90), "the host to restart the cluster and be ready again");
        Assert.NotEqual(postmaster.Id, int.Parse(File.ReadLines(Path.Combine(cluster.DataDirectory, "postmaster.pid")).First()));
    }
}
