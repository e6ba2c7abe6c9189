using Governance.SharedKernel.Querying;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.WorkItems;

/// <summary>
/// <c>GET /api/work-items</c>: the caller's to-do list across every module (mine, my department or my whole
/// jurisdiction; open, overdue, due soon or closed), and <c>GET /api/work-items/summary</c>: counts per module.
/// </summary>
internal static class WorkItemEndpoints
{
    public enum View
    {
        Mine,
        Department,
        Jurisdiction,
    }

    public enum State
    {
        Open,
        Overdue,
        DueSoon,
        Closed,
    }

    public sealed record WorkItemView(
        string Module, string RecordId, string Kind, string Title, string ScopeCode, string? Department, Guid? Assignee,
        string Status, DateTimeOffset OpenedAt, DateTimeOffset? DueAt, DateTimeOffset? WarnFrom, DateTimeOffset? ClosedAt,
        string Deadline);

    public sealed record ModuleSummary(string Module, int Open, int DueSoon, int Overdue);

    public static void MapWorkItemEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/work-items").WithGroupName(PlatformNames.Document).WithTags("待办 Work items")
            .RequireAuthorization();
        group.MapGet("", ListAsync).WithSummary("待办 The caller's work items, most urgent first");
        group.MapGet("summary", SummaryAsync).WithSummary("待办统计 Open, due-soon and overdue items per module in the caller's jurisdiction");
    }

    private static async Task<Paged<WorkItemView>> ListAsync(
        PlatformDbContext db, ICurrentUser user, ReadableModules readable, TimeProvider clock, CancellationToken cancellationToken,
        string view = "mine", string state = "open", string? module = null, string? text = null, int page = 1, int pageSize = 20)
    {
        if (page < 1 || pageSize is < 1 or > 200)
        {
            throw new FluentValidation.ValidationException([
                new FluentValidation.Results.ValidationFailure(nameof(pageSize), "page 须不小于 1，pageSize 须在 1 到 200 之间。"),
            ]);
        }

        var now = clock.GetUtcNow();
        var items = InState(
            await VisibleAsync(db, user, readable, QueryOption.Parse<View>(view, nameof(view)), cancellationToken), QueryOption.Parse<State>(state, nameof(state)), now);
        if (module is not null)
        {
            items = items.Where(w => w.Module == module);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            items = items.Where(w => EF.Functions.ILike(w.Title, $"%{text.Trim()}%"));
        }

        var total = await items.CountAsync(cancellationToken);
        var rows = await items
            .OrderBy(w => w.DueAt == null).ThenBy(w => w.DueAt).ThenBy(w => w.OpenedAt)
            .Skip(PagedQueryExtensions.Offset(page, pageSize)).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new Paged<WorkItemView>(total, page, pageSize, rows.Select(w => ToView(w, now)).ToList());
    }

    private static async Task<IReadOnlyList<ModuleSummary>> SummaryAsync(
        PlatformDbContext db, ICurrentUser user, ReadableModules readable, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await (await VisibleAsync(db, user, readable, View.Jurisdiction, cancellationToken))
            .Where(w => w.ClosedAt == null)
            .GroupBy(w => w.Module)
            .OrderBy(g => g.Key)
            .Select(g => new ModuleSummary(
                g.Key,
                g.Count(),
                g.Count(w => w.WarnFrom <= now && w.DueAt >= now),
                g.Count(w => w.DueAt < now)))
            .ToListAsync(cancellationToken);
    }

    private static async Task<IQueryable<WorkItem>> VisibleAsync(
        PlatformDbContext db, ICurrentUser user, ReadableModules readable, View view, CancellationToken cancellationToken)
    {
        var jurisdiction = user.Jurisdiction?.Code
            ?? throw new ForbiddenException("当前用户没有辖区，看不到任何待办。请管理员为其设置辖区。");
        var modules = await readable.OfCallerAsync(cancellationToken);
        var items = db.Set<WorkItem>().AsNoTracking()
            .Where(w => w.ScopeCode.StartsWith(jurisdiction) && modules.Contains(w.Module));
        return view switch
        {
            View.Mine => items.Where(w => w.Assignee == user.UserId),
            View.Department => items.Where(w => w.Department == user.Department),
            _ => items,
        };
    }

    private static IQueryable<WorkItem> InState(IQueryable<WorkItem> items, State state, DateTimeOffset now) => state switch
    {
        State.Closed => items.Where(w => w.ClosedAt != null),
        State.Overdue => items.Where(w => w.ClosedAt == null && w.DueAt < now),
        State.DueSoon => items.Where(w => w.ClosedAt == null && w.WarnFrom <= now && w.DueAt >= now),
        _ => items.Where(w => w.ClosedAt == null),
    };

    private static WorkItemView ToView(WorkItem w, DateTimeOffset now) => new(
        w.Module, w.RecordId, w.Kind, w.Title, w.ScopeCode, w.Department, w.Assignee, w.Status, w.OpenedAt, w.DueAt,
        w.WarnFrom, w.ClosedAt, DeadlineLabel(w, now));

    private static string DeadlineLabel(WorkItem w, DateTimeOffset now) =>
        w.ClosedAt is not null ? "已办结"
        : w.DueAt < now ? "已超期"
        : w.WarnFrom <= now ? "即将到期"
        : "正常";
}
