using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Application.Handling;
using Governance.Modules.Petitions.Application.Oversight;
using Governance.Modules.Petitions.Application.Queries;
using Governance.Modules.Petitions.Application.Referrals;
using Governance.Modules.Petitions.Application.Registration;
using Governance.Modules.Petitions.Application.Review;
using Governance.Modules.Petitions.Application.Routing;
using Governance.Modules.Petitions.Application.SpecialGroups;
using Governance.Modules.Petitions.Application.Statistics;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Exports;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using P = Governance.Modules.Petitions.Application.Common.PetitionPermissions;

namespace Governance.Modules.Petitions.Application;

/// <summary>The bodies of the action endpoints (id from the route, version from If-Match).</summary>
internal sealed record NoteBody(string? Note);

internal sealed record RejectBody(string? Reason, string? Channel);

internal sealed record RouteBody(string? Department, string? Note);

internal sealed record ReasonBody(string? Reason);

internal sealed record ChannelBody(string? Channel, string? Note);

internal sealed record AnswerBody(AnswerOutcome? Outcome, string? Basis, string? Opinion, bool FromMediation);

internal sealed record ExtensionBody(int? Days, string? Reason);

internal sealed record RateBody(Satisfaction? Satisfaction, string? Note);

internal sealed record DecisionBody(AnswerOutcome? Outcome, string? Opinion);

internal sealed record HearingBody(DateOnly? StartDate, DateOnly? EndDate, string? Note);

internal sealed record SuperviseBody(SupervisionLevel? Level, string? Note);

internal sealed record LeaderBody(Guid? LeaderId, string? LeaderName, IReadOnlyList<string>? Team, string? Plan, DateOnly? Deadline);

internal sealed record JointBody(IReadOnlyList<string>? Departments, string? Note);

internal sealed record LegalAidBody(Guid? PersonId, string? Matter, string? Note);

internal sealed record HazardBody(string? Description, string? Location, Guid? PlaceId, string? Note);

internal static class PetitionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("", async (RegisterPetition command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var result = await mediator.Send(command, ct);
                EntityTags.Set(http, result.Petition.Version);
                return Results.Created($"/api/petitions/{result.Petition.Id}", result);
            })
            .RequirePermission(P.Register)
            .AcceptsIdempotencyKey<PetitionsDbContext>()
            .WithExamples(RegistrationExample.Request, RegistrationExample.Response, StatusCodes.Status201Created)
            .WithSummary("登记信访件（返回信访件编号、一次性查询码和可能的重复信访原件）");
        endpoints.MapGet("", ([AsParameters] ListPetitions query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(P.Read)
            .WithSummary("信访件列表：按状态、类别、渠道、领域、区划、收件日期、超期、承办单位、包案领导、督办、重复、集体访、关键词筛选，分页排序");
        endpoints.MapGet("export", async ([AsParameters] ListPetitions query, ExportFormat format, PetitionsDbContext db, ICurrentUser user,
                TimeProvider clock, CancellationToken ct) =>
            {
                await new ListPetitionsValidator().ValidateAndThrowAsync(query, ct);
                return PetitionExport.File(db, user, query, format, clock.GetUtcNow());
            })
            .RequirePermission(P.Statistics)
            .WithSummary("导出信访件列表（format=Csv 或 Xlsx，筛选和排序同列表，导出全部页）");
        endpoints.MapGet("duplicates", ([AsParameters] FindDuplicates query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(P.Register)
            .WithSummary("重复信访查询：同一信访人、相近事项的在办或已办结信访件");
        endpoints.MapGet("statistics", ([AsParameters] GetPetitionStatistics query, IMediator mediator, CancellationToken ct) =>
                mediator.Send(query, ct))
            .RequirePermission(P.Statistics)
            .WithSummary("信访工作年度统计（《信访工作条例》第四十一条）：按渠道、类别、领域、乡镇的数量，受理率、按期办结率、重复访、集体访、满意度、被信访最多的单位");
        endpoints.MapGet("code-tables", () => new
            {
                States = CodeLabels.TableOf<PetitionState>(),
                Actions = CodeLabels.TableOf<PetitionAction>(),
                Channels = CodeLabels.TableOf<PetitionChannel>(),
                Categories = CodeLabels.TableOf<PetitionCategory>(),
                Domains = CodeLabels.TableOf<PetitionDomain>(),
                AnswerOutcomes = CodeLabels.TableOf<AnswerOutcome>(),
                Satisfaction = CodeLabels.TableOf<Satisfaction>(),
                ExtensionStates = CodeLabels.TableOf<ExtensionState>(),
                SupervisionLevels = CodeLabels.TableOf<SupervisionLevel>(),
                Transitions = PetitionWorkflow.Machine.Transitions.Select(t => new { From = t.From.ToString(), Action = t.Action.ToString(), To = t.To.ToString() }),
            })
            .RequirePermission(P.Read)
            .WithSummary("代码表：状态、操作、渠道、类别、领域、处理结果、满意度、延期状态、督办级别，以及状态机的全部流转");
        endpoints.MapGet("{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var detail = await mediator.Send(new GetPetition(id), ct);
                return EntityTags.Ok(http, detail, detail.Petition.Version);
            })
            .RequirePermission(P.Read)
            .WithSummary("信访件详情：信访人（按权限脱敏，记入审计）、办理过程、听证记录");
        endpoints.MapGet("{id:guid}/special-groups", (Guid id, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetSpecialGroupFlags(id), ct))
            .RequirePermission(P.SpecialGroupsView)
            .WithSummary("信访人特殊人群标记（记入审计；特殊人群模块未启用时说明无法核查）");

        MapActions(endpoints);
        PublicEndpoints.Map(endpoints);
    }

    private static void MapActions(IEndpointRouteBuilder endpoints)
    {
        Action<NoteBody>(endpoints, "accept", P.Route, "受理（开始计算办理期限）", (id, v, b) => new AcceptPetition(id, v, b.Note));
        Action<RejectBody>(endpoints, "reject", P.Route, "不予受理（说明理由并告知途径）", (id, v, b) => new RejectPetition(id, v, b.Reason, b.Channel));
        Action<RouteBody>(endpoints, "transfer", P.Route, "转送有权处理的机关", (id, v, b) => new RoutePetition(id, v, RouteKind.Transfer, b.Department, b.Note));
        Action<RouteBody>(endpoints, "assign", P.Route, "交办承办单位", (id, v, b) => new RoutePetition(id, v, RouteKind.Assign, b.Department, b.Note));
        Action<ReasonBody>(endpoints, "object", P.Handle, "承办单位提出异议并退回（转送交办后 5 个工作日内）", (id, v, b) => new ObjectToRouting(id, v, b.Reason));
        Action<ChannelBody>(endpoints, "separate-litigation", P.Route, "诉访分离：导入诉讼等法定途径", (id, v, b) => new SeparateLitigation(id, v, b.Channel, b.Note));
        Action<NoteBody>(endpoints, "notify", P.Route, "记录书面告知信访人", (id, v, b) => new NotifyPetitioner(id, v, b.Note));
        Action<AnswerBody>(endpoints, "answer", P.Handle, "出具信访处理意见书（fromMediation=true 依调解协议答复）",
            (id, v, b) => new AnswerPetition(id, v, b.Outcome, b.Basis, b.Opinion, b.FromMediation));
        Action<NoteBody>(endpoints, "deliver", P.Handle, "送达处理意见书（开始计算复查请求期限）", (id, v, b) => new DeliverAnswer(id, v, b.Note));
        Action<RateBody>(endpoints, "rate", P.Handle, "记录信访人满意度评价", (id, v, b) => new RatePetition(id, v, b.Satisfaction, b.Note));
        Action<ExtensionBody>(endpoints, "extension", P.Handle, "申请延长办理期限", (id, v, b) => new RequestExtension(id, v, b.Days, b.Reason));
        Action<NoteBody>(endpoints, "extension/approve", P.Approve, "批准延期", (id, v, b) => new DecideExtension(id, v, true, b.Note));
        Action<NoteBody>(endpoints, "extension/refuse", P.Approve, "不予延期", (id, v, b) => new DecideExtension(id, v, false, b.Note));
        Action<NoteBody>(endpoints, "review", P.Review, "登记复查请求（收到答复 30 日内）", (id, v, b) => new RequestReview(id, v, ReviewStage.Review, b.Note));
        Action<DecisionBody>(endpoints, "review/decision", P.Review, "出具复查意见", (id, v, b) => new DecideReview(id, v, ReviewStage.Review, b.Outcome, b.Opinion));
        Action<NoteBody>(endpoints, "re-review", P.Review, "登记复核请求（收到复查意见 30 日内）", (id, v, b) => new RequestReview(id, v, ReviewStage.ReReview, b.Note));
        Action<HearingBody>(endpoints, "re-review/hearings", P.Review, "记录复核听证（不计入复核期限）", (id, v, b) => new RecordHearing(id, v, b.StartDate, b.EndDate, b.Note));
        Action<DecisionBody>(endpoints, "re-review/decision", P.Review, "出具复核意见（终结）", (id, v, b) => new DecideReview(id, v, ReviewStage.ReReview, b.Outcome, b.Opinion));
        Action<NoteBody>(endpoints, "finalize", P.Review, "请求期限届满未申请复查（复核）的，终结", (id, v, b) => new FinalizePetition(id, v, b.Note));
        Action<SuperviseBody>(endpoints, "supervision", P.Supervise, "督办（普通、黄牌、红牌、挂牌）", (id, v, b) => new Supervise(id, v, b.Level, b.Note));
        Action<LeaderBody>(endpoints, "leader-case", P.Supervise, "领导包案（一名领导、一个专班、一套方案、一个期限）",
            (id, v, b) => new AssignLeader(id, v, b.LeaderId, b.LeaderName, b.Team, b.Plan, b.Deadline));
        Action<JointBody>(endpoints, "joint-reception", P.Supervise, "联合接访", (id, v, b) => new JointReception(id, v, b.Departments, b.Note));
        Action<NoteBody>(endpoints, "report-up", P.Route, "重大紧急事项即时上报", (id, v, b) => new ReportUp(id, v, b.Note));
        Action<NoteBody>(endpoints, "refer/mediation", P.Refer, "转人民调解（调解模块未启用时记录未能移送）",
            (id, v, b) => new ReferPetition(id, v, ReferralTarget.Mediation, b.Note));
        Action<LegalAidBody>(endpoints, "refer/legal-aid", P.Refer, "转法律援助（模块未启用时记录未能移送）",
            (id, v, b) => new ReferPetition(id, v, ReferralTarget.LegalAid, b.Note, b.PersonId, b.Matter));
        Action<HazardBody>(endpoints, "refer/hazard", P.Refer, "移送安全隐患（模块未启用时记录未能移送）",
            (id, v, b) => new ReferPetition(id, v, ReferralTarget.SafetyInspections, b.Note, Text: b.Description, Location: b.Location, PlaceId: b.PlaceId));
    }

    /// <summary>POST /{id}/{path}: an action on a petition at the version named by If-Match; answers the petition and its new ETag.</summary>
    private static void Action<TBody>(
        IEndpointRouteBuilder endpoints, string path, string permission, string summary, Func<Guid, uint, TBody, IRequest<PetitionView>> command) =>
        endpoints.MapPost($"{{id:guid}}/{path}", async (Guid id, TBody body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var petition = await mediator.Send(command(id, EntityTags.Required(http.Request), body), ct);
                return EntityTags.Ok(http, petition, petition.Version);
            })
            .RequirePermission(permission)
            .WithSummary($"{summary}（需 If-Match）");
}
