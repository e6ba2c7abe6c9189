using FluentValidation;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.Modules.Mediation.Contracts;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Querying;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.ListDisputes;

/// <summary>
/// The dispute list: state, type, source, level, region (and below), registration dates (China dates, inclusive),
/// overdue, major, assignee and text (number, subject, description); sort registeredAt, dueAt, number or headcount.
/// </summary>
internal sealed record ListDisputes(
    DisputeState? State, DisputeType? Type, DisputeSource? Source, HandlingLevel? Level, string? RegionCode, DateOnly? From, DateOnly? To,
    bool? Overdue, bool? Major, Guid? Assignee, string? Text, string? Sort, int Page = 1, int PageSize = 20)
    : IQuery<Paged<DisputeListItem>>, IListQuery
{
    public static void Map(IEndpointRouteBuilder disputes) =>
        disputes.MapGet("", ([AsParameters] ListDisputes q, IMediator m, CancellationToken ct) => m.Send(q, ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("矛盾纠纷列表：按状态、类型、来源、层级、区划、登记日期、超期、重大、承办人、文字筛选，分页排序");
}

internal sealed record DisputeListItem(
    Guid Id, string Number, DisputeState State, string StateName, DisputeType Type, string TypeName, DisputeSource Source,
    string SourceName, string Subject, string ScopeCode, HandlingLevel Level, string LevelName, int Headcount, decimal? Amount,
    bool IsMajor, DateTimeOffset RegisteredAt, DateTimeOffset? DueAt, DateTimeOffset? ClosedAt, MediationOutcome? Outcome, string? OutcomeName);

internal sealed class ListDisputesValidator : AbstractValidator<ListDisputes>
{
    public ListDisputesValidator()
    {
        RuleFor(q => q.State).IsInEnum().WithMessage("状态不在代码表中");
        RuleFor(q => q.Type).IsInEnum().WithMessage("纠纷类型不在代码表中");
        RuleFor(q => q.Source).IsInEnum().WithMessage("来源不在代码表中");
        RuleFor(q => q.Level).IsInEnum().WithMessage("层级不在代码表中");
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("结束日期不能早于开始日期");
        RuleFor(q => q.Text).MaximumLength(100).WithMessage("检索文字最多 100 个字符");
        this.AddListRules(DisputeList.SortKeys);
    }
}

internal static class DisputeList
{
    public static readonly SortKeys<Dispute> SortKeys = new("-registeredAt", d => d.Id, new Dictionary<string, System.Linq.Expressions.Expression<Func<Dispute, object>>>
    {
        ["registeredAt"] = d => d.RegisteredAt,
        ["dueAt"] = d => d.Deadline.Due!,
        ["number"] = d => d.Number,
        ["headcount"] = d => d.Headcount,
    });

    public static readonly System.Linq.Expressions.Expression<Func<Dispute, DisputeListItem>> Item = d => new DisputeListItem(
        d.Id, d.Number, d.State, "", d.Type, "", d.Source, "", d.Subject, d.ScopeCode, d.Level, "", d.Headcount, d.Amount, d.IsMajor,
        d.RegisteredAt, d.Deadline.Due, d.ClosedAt, d.Outcome, null);

    /// <summary>The list's filters, shared by the page and the export.</summary>
    public static IQueryable<Dispute> Filter(IQueryable<Dispute> disputes, ListDisputes q, ICurrentUser user, DateTimeOffset now)
    {
        disputes = disputes.WithinJurisdictionOf(user, d => d.ScopeCode);
        disputes = q.State is { } state ? disputes.Where(d => d.State == state) : disputes;
        disputes = q.Type is { } type ? disputes.Where(d => d.Type == type) : disputes;
        disputes = q.Source is { } source ? disputes.Where(d => d.Source == source) : disputes;
        disputes = q.Level is { } level ? disputes.Where(d => d.Level == level) : disputes;
        disputes = q.Major is { } major ? disputes.Where(d => d.IsMajor == major) : disputes;
        disputes = q.Assignee is { } assignee ? disputes.Where(d => d.AssigneeId == assignee) : disputes;
        if (q.RegionCode is not null)
        {
            var prefix = Levels.ScopeCodeOf(q.RegionCode);
            disputes = disputes.Where(d => d.ScopeCode.StartsWith(prefix));
        }

        if (q.From is { } from)
        {
            var start = ChinaTime.StartOf(from);
            disputes = disputes.Where(d => d.RegisteredAt >= start);
        }

        if (q.To is { } to)
        {
            var end = ChinaTime.EndOf(to);
            disputes = disputes.Where(d => d.RegisteredAt < end);
        }

        if (q.Overdue is { } overdue)
        {
            disputes = overdue
                ? disputes.Where(d => d.ClosedAt == null && d.Deadline.Due < now)
                : disputes.Where(d => d.ClosedAt != null || d.Deadline.Due == null || d.Deadline.Due >= now);
        }

        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var pattern = ListQueries.Containing(q.Text);
            disputes = disputes.Where(d => EF.Functions.ILike(d.Number, pattern)
                || EF.Functions.ILike(d.Subject, pattern)
                || EF.Functions.ILike(d.Description!, pattern));
        }

        return disputes;
    }

    public static DisputeListItem Labelled(DisputeListItem item) => item with
    {
        StateName = item.State.Label(), TypeName = item.Type.Label(), SourceName = item.Source.Label(), LevelName = item.Level.Label(),
        OutcomeName = item.Outcome?.Label(),
    };
}

internal sealed class ListDisputesHandler(MediationDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListDisputes, Paged<DisputeListItem>>
{
    public async Task<Paged<DisputeListItem>> Handle(ListDisputes request, CancellationToken ct) =>
        (await DisputeList.Filter(db.Disputes.AsNoTracking(), request, user, clock.GetUtcNow())
            .ToPageAsync(request, DisputeList.SortKeys, DisputeList.Item, ct)).Map(DisputeList.Labelled);
}
