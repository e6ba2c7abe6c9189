using System.Reflection;
using System.Runtime.Loader;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Modules.Petitions.Tests;

/// <summary>
/// The later migrations carry the data of the previous shape: a database at the Initial migration with petitions in the
/// old columns (running deadline, 包案 leader, inline 延期) reads back in the new ones after migrating, and petitions
/// accepted before the review chain's bodies and the handling route were recorded get them.
/// </summary>
public sealed class MigrationTests
{
    private const string Previous = "20261201222120_Initial";

    [Fact]
    public async Task Inline_extensions_become_rows_and_renamed_columns_keep_their_values()
    {
        var database = await PostgresServer.CreateDatabaseAsync("petitions_migration");
        var (approved, pending, none, leader) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var context = PluginContext(database))
        {
            var migrator = context.GetService<IMigrator>();
            await migrator.MigrateAsync(Previous);
            await Insert(database, approved, "'Approved', 20, '需多部门会商', '2026-03-05T01:00:00Z', '审批人', '2026-05-21T16:00:00Z'",
                "'2026-05-20T10:00:00Z'", "'Red'", leader);
            await Insert(database, pending, "'Pending', 10, '等待鉴定', '2026-03-06T01:00:00Z', NULL, NULL", "NULL", "NULL", null);
            await Insert(database, none, "'None', NULL, NULL, NULL, NULL, NULL", "NULL", "NULL", null);
            await migrator.MigrateAsync();
        }

        Assert.Equal("Approved|20|需多部门会商|审批人", await Row(database,
            "SELECT state || '|' || days || '|' || reason || '|' || decided_by_name FROM petitions.extensions WHERE petition_id = $1", approved));
        Assert.Equal("Pending|10|等待鉴定", await Row(database,
            "SELECT state || '|' || days || '|' || reason FROM petitions.extensions WHERE petition_id = $1", pending));
        Assert.Equal(0, await Sql.Scalar<long>(database, "SELECT count(*) FROM petitions.extensions WHERE petition_id = $1", none));
        Assert.Equal($"2026-04-30 16:00|Red|{leader}|周某|true", await Row(database,
            "SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || '|' || supervision_level || '|' || leader_user_id || '|' || leader_name || '|' || answered_on_time " +
            "FROM petitions.petitions WHERE id = $1", approved));
        Assert.Equal(0, await Sql.Scalar<long>(database,
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'petitions' AND table_name = 'petitions' " +
            "AND column_name IN ('extension_state', 'extended_due', 'current_due', 'leader_id')"));
    }

    [Fact]
    public async Task Accepted_petitions_get_the_township_as_handling_body_and_the_bodies_above_it_for_their_reviews()
    {
        var database = await PostgresServer.CreateDatabaseAsync("petitions_migration");
        var (reReviewed, accepted, registered) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var context = PluginContext(database))
        {
            var migrator = context.GetService<IMigrator>();
            await migrator.MigrateAsync(Previous);
            foreach (var id in new[] { reReviewed, accepted, registered })
            {
                await Insert(database, id, "'None', NULL, NULL, NULL, NULL, NULL", "NULL", "NULL", null);
            }

            await Sql.Execute(database, "UPDATE petitions.petitions SET accepted_at = '2026-03-03T01:00:00Z' WHERE id <> $1", registered);
            await Sql.Execute(database,
                "UPDATE petitions.petitions SET state = 'UnderReReview', review_requested_at = '2026-05-03T01:00:00Z', " +
                "re_review_requested_at = '2026-06-03T01:00:00Z' WHERE id = $1", reReviewed);
            await migrator.MigrateAsync();
        }

        const string bodies = "SELECT coalesce(handling_body, '-') || '|' || coalesce(review_body, '-') || '|' || coalesce(re_review_body, '-') " +
            "FROM petitions.petitions WHERE id = $1";
        Assert.Equal("330106002|330106|3301", await Row(database, bodies, reReviewed));
        Assert.Equal("330106002|-|-", await Row(database, bodies, accepted));
        Assert.Equal("-|-|-", await Row(database, bodies, registered));
        const string route = "SELECT coalesce(handling_route, '-') FROM petitions.petitions WHERE id = $1";
        Assert.Equal("Opinion", await Row(database, route, accepted));
        Assert.Equal("-", await Row(database, route, registered));
    }

    private static Task Insert(string database, Guid id, string extension, string answeredAt, string supervision, Guid? leader) =>
        Sql.Execute(database,
            "INSERT INTO petitions.petitions (id, tracking_number, query_code_hash, channel, category, domain, subject, content, scope_code, " +
            "received_at, registered_at, petitioner_person_ids, petitioner_organisation_ids, representative_ids, headcount, is_collective, " +
            "cannot_notify, is_repeat, is_litigation_related, is_major_urgent, state, answered_from_mediation, hearing_days, leader_team, " +
            "joint_departments, updated_at, handling_due, current_due, current_warn_from, supervision_level, leader_id, leader_name, answered_at, " +
            "extension_state, extension_days, extension_reason, extension_requested_at, extension_decided_by, extended_due) VALUES " +
            "($1, 'XF' || left(replace($1::text, '-', ''), 20), 'H', 'Visit', 'Claim', 'Other', '旧数据', '旧数据', '330106002051', " +
            "'2026-03-02T01:00:00Z', '2026-03-02T01:00:00Z', '{}', '{}', '{}', 1, false, false, false, false, false, 'Accepted', false, 0, " +
            $"'{{}}', '{{}}', '2026-03-10T01:00:00Z', '2026-05-01T16:00:00Z', '2026-04-30T16:00:00Z', '2026-04-25T16:00:00Z', {supervision}, " +
            $"{(leader is { } l ? $"'{l}', '周某'" : "NULL, NULL")}, {answeredAt}, {extension})",
            id);

    private static async Task<string> Row(string database, string sql, Guid id) =>
        Assert.Single(await Sql.Column(database, sql, id));

    /// <summary>The packaged plugin's own DbContext, in a load context of its own (the test process shares no plugin types).</summary>
    private static DbContext PluginContext(string connectionString)
    {
        var folder = Path.Combine(PetitionsHostBase.PluginsPath, "Petitions");
        var assembly = new PluginLoadContext(folder).LoadFromAssemblyPath(Path.Combine(folder, "Governance.Modules.Petitions.dll"));
        var factory = Activator.CreateInstance(assembly.GetType("Governance.Modules.Petitions.Infrastructure.PetitionsDesignTimeFactory", true)!)!;
        Environment.SetEnvironmentVariable("ConnectionStrings__Governance", connectionString);
        return (DbContext)factory.GetType().GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!.Invoke(factory, [Array.Empty<string>()])!;
    }

    /// <summary>Shares what the test process has (EF Core, Npgsql, SharedKernel); the rest comes from the plugin or contracts folder.</summary>
    private sealed class PluginLoadContext(string folder) : AssemblyLoadContext($"petitions-migration-{Guid.NewGuid()}")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, name.Name + ".dll")))
            {
                return null;
            }

            var path = new[] { folder, Path.Combine(PetitionsHostBase.PluginsPath, "contracts") }
                .Select(dir => Path.Combine(dir, name.Name + ".dll")).FirstOrDefault(File.Exists);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }
}
