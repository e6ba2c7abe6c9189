using FluentValidation;
using Governance.Modules.Mediation.Application.ListDisputes;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Exports;
using Governance.SharedKernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ListDisputesQuery = Governance.Modules.Mediation.Application.ListDisputes.ListDisputes;

namespace Governance.Modules.Mediation.Application.ExportDisputes;

/// <summary>The dispute list with the same filters as CSV or Excel, streamed (矛盾纠纷排查调处登记表).</summary>
internal static class ExportDisputes
{
    private static readonly IReadOnlyList<ExportColumn<Dispute>> Columns =
    [
        new("案件编号", d => d.Number),
        new("登记时间", d => d.RegisteredAt),
        new("来源", d => d.Source),
        new("纠纷类型", d => d.Type),
        new("简要情况", d => d.Subject),
        new("发生地代码", d => d.ScopeCode),
        new("办理层级", d => d.Level),
        new("涉及人数", d => d.Headcount),
        new("涉及金额", d => d.Amount),
        new("重大", d => d.IsMajor),
        new("激化风险", d => d.Risk),
        new("状态", d => d.State),
        new("办理期限", d => d.Deadline.Due),
        new("调解结果", d => d.Outcome),
        new("办结时间", d => d.ClosedAt),
    ];

    public static void Map(IEndpointRouteBuilder disputes) =>
        disputes.MapGet("export", async ([AsParameters] ListDisputesQuery q, ExportFormat? format, IValidator<ListDisputesQuery> validator,
                MediationDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(q, ct);
                return Export(db, user, clock, q, format ?? ExportFormat.Xlsx);
            })
            .RequirePermission(MediationPermissions.Read).WithSummary("导出矛盾纠纷登记表（format=Csv 或 Xlsx，筛选同列表）");

    private static IResult Export(MediationDbContext db, ICurrentUser user, TimeProvider clock, ListDisputesQuery query, ExportFormat format) =>
        ListExport.ToFile(DisputeList.SortKeys.Apply(DisputeList.Filter(db.Disputes, query, user, clock.GetUtcNow()), query.Sort),
            Columns, format, "矛盾纠纷登记表");
}
