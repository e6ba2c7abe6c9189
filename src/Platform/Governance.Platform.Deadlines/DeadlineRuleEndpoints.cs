using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Querying;
using FluentValidation;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Deadlines;

/// <summary>
/// The deadline rules for administrators (<c>GET</c> list, <c>PUT</c> one code + qualifiers, <c>DELETE</c> a
/// variant), and <c>GET …/{code}/due</c> for any signed-in user to see a deadline worked out.
/// </summary>
internal static class DeadlineRuleEndpoints
{
    /// <summary>The body of <c>PUT /api/platform/deadline-rules/{code}</c>; province, level and type pick the variant.</summary>
    public sealed record DeadlineRuleInput(
        string? Province, string? Level, string? Type, int Amount, DeadlineUnit? Unit, int WarnBefore, string? Description,
        string? LegalBasis);

    public static void MapDeadlineRuleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/platform/deadline-rules")
            .WithGroupName(PlatformNames.Document)
            .WithTags("期限规则 Deadline rules");
        group.MapGet("", ListAsync).RequirePermission(PlatformPermissions.Administer)
            .WithSummary("期限规则 Deadline rules, by code, national first, paged");
        group.MapPut("{code}", SaveAsync).RequirePermission(PlatformPermissions.Administer)
            .WithSummary("设置期限规则 Set (or add) the rule of a code for a province/level/type");
        group.MapDelete("{code}", RemoveAsync).RequirePermission(PlatformPermissions.Administer)
            .WithSummary("删除期限规则的省/层级/类型变体 Remove a variant of a rule (not the base rule)");
        group.MapGet("{code}/due", DueAsync).RequireAuthorization()
            .WithSummary("计算期限 Work out the due and warning instants of a rule for a start, and its state now");
    }

    private static async Task<Paged<DeadlineRuleView>> ListAsync(
        [AsParameters] DeadlineRuleQuery query, IValidator<DeadlineRuleQuery> validator, PlatformDbContext db,
        CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(query, cancellationToken);
        var rules = db.Set<DeadlineRule>().AsNoTracking();
        if (!string.IsNullOrEmpty(query.Code))
        {
            rules = rules.Where(r => r.Code.StartsWith(query.Code));
        }

        if (query.Province == DeadlineRuleQuery.National)
        {
            rules = rules.Where(r => r.Province == null);
        }
        else if (!string.IsNullOrEmpty(query.Province))
        {
            rules = rules.Where(r => r.Province == query.Province);
        }

        var page = await rules
            .OrderBy(r => r.Code).ThenBy(r => r.Province != null).ThenBy(r => r.Province)
            .ThenBy(r => r.Level != null).ThenBy(r => r.Level).ThenBy(r => r.Type != null).ThenBy(r => r.Type)
            .ToPageAsync(query, cancellationToken);
        return new Paged<DeadlineRuleView>(page.Total, page.Page, page.PageSize, page.Items.Select(DeadlineRuleView.Of).ToList());
    }

    private static async Task<DeadlineRuleView> SaveAsync(
        string code, DeadlineRuleInput rule, IMediator mediator, DeadlinePolicy policy, CancellationToken cancellationToken)
    {
        var saved = await mediator.Send(new SaveDeadlineRule(code, Blank(rule.Province), Blank(rule.Level), Blank(rule.Type),
            rule.Amount, rule.Unit, rule.WarnBefore, rule.Description?.Trim(), Blank(rule.LegalBasis)), cancellationToken);
        policy.Refresh();
        return saved;
    }

    private static async Task<IResult> RemoveAsync(
        string code, IMediator mediator, DeadlinePolicy policy, CancellationToken cancellationToken,
        string? province = null, string? level = null, string? type = null)
    {
        await mediator.Send(new RemoveDeadlineRule(code, Blank(province), Blank(level), Blank(type)), cancellationToken);
        policy.Refresh();
        return Results.NoContent();
    }

    private static async Task<DeadlineDue> DueAsync(
        string code, [AsParameters] DeadlineDueQuery query, IValidator<DeadlineDueQuery> validator, DeadlinePolicy policy,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(query, cancellationToken);
        var now = clock.GetUtcNow();
        var request = new DeadlineRequest(code, query.Start ?? now, Blank(query.Province), Blank(query.Level), Blank(query.Type));
        var rule = policy.RuleFor(request);
        var deadline = await policy.DueAsync(request, cancellationToken);
        var state = deadline.StateAt(now);
        return new DeadlineDue(code, DeadlineRule.Key(rule.Code, rule.Province, rule.Level, rule.Type),
            request.Start, deadline.Due, deadline.WarnFrom, state, Label(state));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Label(DeadlineState state) => state switch
    {
        DeadlineState.Warning => "临期（黄）",
        DeadlineState.Overdue => "超期（红）",
        _ => "正常",
    };
}
