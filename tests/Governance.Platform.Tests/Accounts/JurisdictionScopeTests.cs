using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Platform.Tests.Accounts;

/// <summary>The jurisdiction filter modules use, run on a real table with scope codes: the accounts' own jurisdictions.</summary>
public sealed class JurisdictionScopeTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task A_query_keeps_the_callers_jurisdiction_and_everything_below_it()
    {
        await host.CreateUserAsync("scope.county", "zzb", "330106");
        await host.CreateUserAsync("scope.town", "sfs", "330106001");
        await host.CreateUserAsync("scope.grid", "xzjd", "330106001001007");
        await host.CreateUserAsync("scope.other", "sfs", "330102001");

        Assert.Equal(["scope.county", "scope.grid", "scope.other", "scope.town"], await VisibleTo(new Caller(new Jurisdiction("33"))));
        Assert.Equal(["scope.county", "scope.grid", "scope.town"], await VisibleTo(new Caller(new Jurisdiction("330106"))));
        Assert.Equal(["scope.grid", "scope.town"], await VisibleTo(new Caller(new Jurisdiction("330106001"))));
        Assert.Equal(["scope.grid"], await VisibleTo(new Caller(new Jurisdiction("330106001001007"))));
        Assert.Empty(await VisibleTo(new Caller(null)));
    }

    [Fact]
    public async Task The_prefix_is_a_parameter_of_a_LIKE()
    {
        await using var scope = host.Application.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        var sql = db.Users.WithinJurisdictionOf(new Caller(new Jurisdiction("330106")), u => u.Jurisdiction).ToQueryString();

        Assert.Contains("u.jurisdiction LIKE @", sql);
        Assert.Contains("_startswith='330106%'", sql);
    }

    [Fact]
    public void A_command_outside_the_jurisdiction_is_forbidden_saying_where()
    {
        var township = new Caller(new Jurisdiction("330106001"));

        township.EnsureWithinJurisdiction("330106001002000", "走访记录");
        var refused = Assert.Throws<ForbiddenException>(() => township.EnsureWithinJurisdiction("330106002001000", "走访记录"));

        Assert.Contains("330106002001000", refused.Message);
        Assert.Contains("330106001", refused.Message);
    }

    private async Task<List<string>> VisibleTo(ICurrentUser caller)
    {
        await using var scope = host.Application.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Users.Where(u => u.UserName.StartsWith("scope."))
            .WithinJurisdictionOf(caller, u => u.Jurisdiction).Select(u => u.UserName).OrderBy(n => n).ToListAsync();
    }

    private sealed record Caller(Jurisdiction? Jurisdiction) : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public Guid? UserId => null;
        public string? UserName => "caller";
        public string? Department => null;

        public bool HasPermission(string permission) => false;
    }
}
