using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Exports;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Petitions;

/// <summary>GET /export: the petition list with the list's filters and sort as CSV or XLSX, streamed, every page (no petitioner identity).</summary>
internal static class ExportPetitions
{
    private static readonly IReadOnlyList<ExportColumn<Petition>> Columns =
    [
        new("信访件编号", p => p.TrackingNumber),
        new("收件时间", p => p.ReceivedAt),
        new("信访渠道", p => p.Channel),
        new("类别", p => p.Category),
        new("领域", p => p.Domain),
        new("标题", p => p.Subject),
        new("发生地区划", p => p.ScopeCode),
        new("状态", p => p.State),
        new("承办单位", p => p.HandlingDepartment),
        new("人数", p => p.Headcount),
        new("集体访", p => p.IsCollective),
        new("重复信访", p => p.IsRepeat),
        new("重大紧急", p => p.IsMajorUrgent),
        new("当前期限", p => p.Deadline.Due),
        new("答复结果", p => p.AnswerOutcome),
        new("答复时间", p => p.AnsweredAt),
        new("满意度", p => p.Satisfaction),
        new("督办级别", p => p.Supervision.Level),
        new("包案领导", p => p.Leader.Name),
        new("终结时间", p => p.FinalizedAt),
    ];

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("export", async ([AsParameters] ListPetitions query, ExportFormat format, PetitionsDbContext db, ICurrentUser user,
                TimeProvider clock, CancellationToken ct) =>
            {
                await new ListPetitionsValidator().ValidateAndThrowAsync(query, ct);
                return File(db, user, query, format, clock.GetUtcNow());
            })
            .RequirePermission(PetitionPermissions.Statistics)
            .WithSummary("导出信访件列表（format=Csv 或 Xlsx，筛选和排序同列表，导出全部页）");

    private static IResult File(PetitionsDbContext db, ICurrentUser user, ListPetitions query, ExportFormat format, DateTimeOffset now) =>
        ListExport.ToFile(
            PetitionFilters.SortKeys.Apply(db.Visible(user).Apply(query, now), query.Sort), Columns, format,
            $"信访件-{ChinaTime.DateOf(now):yyyyMMdd}");
}
