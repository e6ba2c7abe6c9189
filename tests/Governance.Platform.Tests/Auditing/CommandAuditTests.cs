using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Governance.Host;
using Governance.Platform.Abstractions.Auditing;
using Governance.Platform.Accounts.Security;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.Testing;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.Platform.Tests.Auditing;

/// <summary>Every command writes one audit row saying who, from where, what and how it ended; sensitive reads too.</summary>
public sealed class CommandAuditTests(SenderHostFixture fixture) : IClassFixture<SenderHostFixture>
{
    private GovernanceApplication Host => fixture.Host;

    [Fact]
    public async Task A_command_through_http_writes_a_success_row_with_who_what_and_the_record_id()
    {
        var user = TestUsers.User("330106");
        var noteId = await AuditApi.CreateNote(Host.ClientAs(user), "请记录审计");

        var row = Assert.Single(AuditApi.Items(await AuditApi.Query(Host, $"recordId={noteId}")));
        Assert.Equal("CreateNote", row.GetProperty("operation").GetString());
        Assert.Equal("Sender", row.GetProperty("module").GetString());
        Assert.Equal(user.UserId, row.GetProperty("userId").GetGuid());
        Assert.Equal("tester-330106", row.GetProperty("userName").GetString());
        Assert.Equal(TestUsers.TestDepartment, row.GetProperty("department").GetString());
        Assert.Equal("success", row.GetProperty("outcome").GetString());
        Assert.Equal("成功", row.GetProperty("outcomeLabel").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("detail").ValueKind);
    }

    [Fact]
    public async Task A_commands_change_is_committed_only_together_with_its_audit_row()
    {
        var marker = $"atomic-{Guid.NewGuid():N}";
        await using var holder = new NpgsqlConnection(fixture.Database);
        await holder.OpenAsync();
        await using var holding = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("LOCK TABLE platform.audit_log IN SHARE MODE", holder, holding))
        {
            await take.ExecuteNonQueryAsync();
        }

        var posting = AuditApi.CreateNote(Host.ClientAs(TestUsers.User("330109")), marker);
        await Eventually.Get(
            () => Sql.Scalar<long>(fixture.Database,
                "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted " +
                "AND l.relation = 'platform.audit_log'::regclass AND a.query LIKE '%INSERT INTO platform.audit_log%'"),
            waiting => waiting > 0, what: "the command to wait with its audit row");
        var visibleWhileWaiting = await Sql.Scalar<long>(fixture.Database, "SELECT count(*) FROM sender.notes WHERE text = $1", marker);
        await holding.CommitAsync();

        var noteId = await posting;
        Assert.Equal(0L, visibleWhileWaiting);
        Assert.Equal(1L, await Sql.Scalar<long>(fixture.Database, "SELECT count(*) FROM sender.notes WHERE text = $1", marker));
        Assert.Single(AuditApi.Items(await AuditApi.Query(Host, $"recordId={noteId}")));
    }

    [Fact]
    public async Task A_command_refused_by_validation_writes_a_failure_row_and_no_data()
    {
        var marker = $"too-long-{Guid.NewGuid():N}";
        var client = Host.ClientAs(TestUsers.User("330107"));

        var response = await client.PostAsJsonAsync("/api/sender/notes", new { text = marker + new string('长', 200) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var row = Assert.Single(AuditApi.Items(await AuditApi.Query(Host, "user=tester-330107&operation=CreateNote")));
        Assert.Equal("failure", row.GetProperty("outcome").GetString());
        Assert.Equal("失败", row.GetProperty("outcomeLabel").GetString());
        Assert.Contains("便签内容不能超过 200 个字符", row.GetProperty("detail").GetString());
        Assert.Equal(0L, await Sql.Scalar<long>(fixture.Database, "SELECT count(*) FROM sender.notes WHERE text LIKE $1", marker + "%"));
    }

    [Fact]
    public async Task A_sensitive_read_is_recorded_with_the_reader_and_the_client_address()
    {
        var userId = Guid.NewGuid();
        var http = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(GovernanceClaims.UserId, userId.ToString()), new Claim(GovernanceClaims.UserName, "王法援"),
                 new Claim(GovernanceClaims.Department, "sfj")], "Bearer")),
        };
        http.Connection.RemoteIpAddress = IPAddress.Parse("10.20.30.40");
        var recordId = Guid.NewGuid().ToString();

        await using (var scope = Host.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
                .RecordReadAsync("LegalAid", "legal-aid-application", recordId, "身份证号（完整）", CancellationToken.None);
        }

        var row = Assert.Single(AuditApi.Items(await AuditApi.Query(Host, $"recordId={recordId}")));
        Assert.Equal("read", row.GetProperty("operation").GetString());
        Assert.Equal("LegalAid", row.GetProperty("module").GetString());
        Assert.Equal("legal-aid-application", row.GetProperty("recordType").GetString());
        Assert.Equal(userId, row.GetProperty("userId").GetGuid());
        Assert.Equal("王法援", row.GetProperty("userName").GetString());
        Assert.Equal("10.20.30.40", row.GetProperty("clientAddress").GetString());
        Assert.Equal("身份证号（完整）", row.GetProperty("detail").GetString());
        Assert.Equal("success", row.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task An_administrators_platform_command_is_audited_in_the_platform_module()
    {
        var admin = Host.ClientAs(TestUsers.User("33", "xfj", Governance.SharedKernel.Security.PlatformPermissions.Administer));

        var response = await admin.PutAsJsonAsync("/api/platform/calendar/2031",
            new[] { new { date = "2031-01-01", kind = "holiday", name = "元旦" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(AuditApi.Items(await AuditApi.Query(Host, "module=platform&recordId=2031")));
        Assert.Equal("ReplaceCalendarYear", row.GetProperty("operation").GetString());
        Assert.Equal("calendar-year", row.GetProperty("recordType").GetString());
        Assert.Equal("success", row.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Forbidden_commands_are_denied_rows_and_commands_without_a_database_still_record_success()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(plugins.Path, database, services: services =>
        {
            services.AddScoped<IRequestHandler<RefusedCommand, Guid>, RefusedCommandHandler>();
            services.AddScoped<IRequestHandler<StatelessCommand, string>, StatelessCommandHandler>();
        });

        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await Assert.ThrowsAsync<ForbiddenException>(() => mediator.Send(new RefusedCommand("R-1")));
            Assert.Equal("S-1", await mediator.Send(new StatelessCommand()));
        }

        var refused = Assert.Single(AuditApi.Items(await AuditApi.Query(host, "operation=RefusedCommand")));
        Assert.Equal("denied", refused.GetProperty("outcome").GetString());
        Assert.Equal("拒绝", refused.GetProperty("outcomeLabel").GetString());
        Assert.Equal("R-1", refused.GetProperty("recordId").GetString());
        Assert.Equal("test-record", refused.GetProperty("recordType").GetString());
        Assert.Equal("Governance.Platform.Tests", refused.GetProperty("module").GetString());
        Assert.Contains("没有该权限", refused.GetProperty("detail").GetString());
        var stateless = Assert.Single(AuditApi.Items(await AuditApi.Query(host, "operation=StatelessCommand")));
        Assert.Equal("success", stateless.GetProperty("outcome").GetString());
        Assert.Equal("S-1", stateless.GetProperty("recordId").GetString());
    }

    [Fact]
    public async Task The_forwarded_client_address_is_recorded_only_when_configured()
    {
        var forwarded = new Dictionary<string, string?> { ["Audit:TrustForwardedFor"] = "true" };
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var trusting = await TestHost.StartAsync(fixture.PluginsPath, database, forwarded);

        var behindProxy = trusting.ClientAs(TestUsers.User("330108"));
        behindProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7, 10.0.0.1");
        var trustedNote = await AuditApi.CreateNote(behindProxy, "经代理");
        var direct = Host.ClientAs(TestUsers.User("330108"));
        direct.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var untrustedNote = await AuditApi.CreateNote(direct, "未配置代理");

        var trustedRow = Assert.Single(AuditApi.Items(await AuditApi.Query(trusting, $"recordId={trustedNote}")));
        Assert.Equal("203.0.113.7", trustedRow.GetProperty("clientAddress").GetString());
        var untrustedRow = Assert.Single(AuditApi.Items(await AuditApi.Query(Host, $"recordId={untrustedNote}")));
        Assert.NotEqual("203.0.113.7", untrustedRow.GetProperty("clientAddress").GetString());
    }

    internal sealed record RefusedCommand(string Id) : ICommand<Guid>, IAuditedCommand
    {
        public string AuditRecordType => "test-record";

        public string AuditRecordId => Id;
    }

    internal sealed class RefusedCommandHandler : IRequestHandler<RefusedCommand, Guid>
    {
        public Task<Guid> Handle(RefusedCommand request, CancellationToken cancellationToken) =>
            throw new ForbiddenException("此操作需要权限 test.refuse，当前用户没有该权限。");
    }

    internal sealed record StatelessCommand : ICommand<string>;

    internal sealed class StatelessCommandHandler : IRequestHandler<StatelessCommand, string>
    {
        public Task<string> Handle(StatelessCommand request, CancellationToken cancellationToken) => Task.FromResult("S-1");
    }
}
