using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Exports;
using Governance.SharedKernel.Security;
using Microsoft.AspNetCore.Http;

namespace Governance.Modules.Mediation.Application.ViewDisputes;

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
        new("办理期限", d => d.DueAt),
        new("调解结果", d => d.Outcome),
        new("办结时间", d => d.ClosedAt),
    ];

    public static IResult Export(MediationDbContext db, ICurrentUser user, TimeProvider clock, ListDisputes query, ExportFormat format) =>
        ListExport.ToFile(DisputeList.SortKeys.Apply(DisputeList.Filter(db.Disputes, query, user, clock.GetUtcNow()), query.Sort),
            Columns, format, "矛盾纠纷登记表");
}
