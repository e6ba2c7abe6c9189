using Governance.Testing;

namespace Governance.Host.Tests.Database;

public sealed class TemplateDatabasesTests
{
    [Fact]
    public async Task A_template_is_seeded_once_and_each_clone_starts_from_it_on_its_own()
    {
        var key = Guid.NewGuid().ToString("N");
        var seeded = 0;
        async Task Seed(string empty)
        {
            Interlocked.Increment(ref seeded);
            // Sql keeps its connection to the database open: cloning must not trip over it.
            await Sql.Execute(empty, "CREATE TABLE seeded (n int); INSERT INTO seeded VALUES (1)");
        }

        var clones = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => TemplateDatabases.CloneAsync(key, Seed, "clone")));
        await Sql.Execute(clones[0], "INSERT INTO seeded VALUES (2)");

        Assert.Equal(1, seeded);
        Assert.Equal(3, clones.Distinct().Count());
        Assert.Equal(2L, await Sql.Scalar<long>(clones[0], "SELECT count(*) FROM seeded"));
        Assert.Equal(1L, await Sql.Scalar<long>(clones[1], "SELECT count(*) FROM seeded"));
        Assert.Equal(1L, await Sql.Scalar<long>(clones[2], "SELECT count(*) FROM seeded"));
        Assert.True(await Sql.Scalar<bool>(await PostgresServer.GetAdminConnectionStringAsync(),
            $"SELECT datistemplate AND NOT datallowconn FROM pg_database WHERE datname = 'template_{key}'"));
        foreach (var clone in clones)
        {
            await PostgresServer.DropDatabaseAsync(clone);
        }
    }
}
