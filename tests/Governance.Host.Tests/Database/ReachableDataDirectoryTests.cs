using System.Runtime.Versioning;
using Governance.Host.Database;
using Governance.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Governance.Host.Tests.Database;

/// <summary>
/// A county administrator's first try: as root, the repository cloned into /root (mode 700), the README's run command
/// with the embedded default. The postgres system user cannot enter the clone, so the cluster must live elsewhere.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ReachableDataDirectoryTests : IDisposable
{
    private readonly TemporaryDirectory _home = new("governance-root-home");

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task The_embedded_default_starts_from_a_clone_the_postgres_user_cannot_enter()
    {
        var clone = Path.Combine(_home.Path, "governance");
        Directory.CreateDirectory(clone);
        File.SetUnixFileMode(_home.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var configuration = new ConfigurationBuilder().Build();

        var (connectionString, embedded) = await DatabaseSetup.ResolveAsync(configuration, clone, NullLogger.Instance, CancellationToken.None);
        await using var cluster = embedded!;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand("SELECT 1", connection);
            Assert.Equal(1, await query.ExecuteScalarAsync());

            var expected = ClusterCommands.ProcessIsRoot ? ReachableDataDirectory.SystemRoot : clone;
            Assert.StartsWith(expected, cluster.DataDirectory, StringComparison.Ordinal);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(_home.Path));
        }
        finally
        {
            await cluster.StopAsync();
            if (ClusterCommands.ProcessIsRoot)
            {
                Directory.Delete(Path.GetDirectoryName(cluster.DataDirectory)!, recursive: true);
            }
        }
    }

    [Fact]
    public void A_folder_others_can_enter_is_kept()
    {
        var wanted = Path.Combine(_home.Path, "clone", ".data", "postgres");

        Assert.Equal(wanted, ReachableDataDirectory.For(wanted, NullLogger.Instance));
    }
}
