using FluentValidation;
using Governance.Modules.Mediation.Application.Agreements;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Application.FollowUps;
using Governance.Modules.Mediation.Application.Intake;
using Governance.Modules.Mediation.Application.JudicialConfirmations;
using Governance.Modules.Mediation.Application.Ladder;
using Governance.Modules.Mediation.Application.Mediating;
using Governance.Modules.Mediation.Application.Supervision;
using Governance.Modules.Mediation.Application.ViewDisputes;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Exports;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Mediation.Application;

/// <summary>
/// <c>/api/mediation/disputes</c>: registration, the list and its export, the record with its timeline, and one
/// <c>POST {id}/{step}</c> per workflow step (each needs If-Match and answers the updated dispute with its new ETag).
/// </summary>
internal static class DisputeEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var disputes = endpoints.MapGroup("disputes");
        disputes.MapPost("", async (RegisterDispute.RegisterDispute c, IMediator m, HttpContext h, CancellationToken ct) =>
            {
                var id = await m.Send(c, ct);
                var view = await Read(m, id, h, ct);
                return Results.Created($"/api/mediation/disputes/{view.Id}", view);
            })
            .RequirePermission(MediationPermissions.Register).AcceptsIdempotencyKey<MediationDbContext>()
            .Produces<DisputeView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithExamples(RegisterDispute.RegistrationExample.Request, RegisterDispute.RegistrationExample.Response, StatusCodes.Status201Created)
            .WithSummary("统一登记矛盾纠纷（来源、19 类类型、当事人至少两方、涉及人数与金额、激化风险）");
        disputes.MapGet("", ([AsParameters] ListDisputes q, IMediator m, CancellationToken ct) => m.Send(q, ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("矛盾纠纷列表：按状态、类型、来源、层级、区划、登记日期、超期、重大、承办人、文字筛选，分页排序");
        disputes.MapGet("export", async ([AsParameters] ListDisputes q, ExportFormat? format, IValidator<ListDisputes> validator,
                MediationDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(q, ct);
                return ExportDisputes.Export(db, user, clock, q, format ?? ExportFormat.Xlsx);
            })
            .RequirePermission(MediationPermissions.Read).WithSummary("导出矛盾纠纷登记表（format=Csv 或 Xlsx，筛选同列表）");
        disputes.MapGet("{id:guid}", async (Guid id, IMediator m, HttpContext h, CancellationToken ct) => await Read(m, id, h, ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("矛盾纠纷详情（含当事人、调解记录、协议、司法确认、回访、延期）");
        disputes.MapGet("{id:guid}/timeline", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetDisputeTimeline(id), ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("办理过程（时间线）");
        disputes.MapGet("{id:guid}/agreement/document", async (Guid id, IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new GetAgreementDocument(id), ct);
                return Results.File(file.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.FileName);
            })
            .RequirePermission(MediationPermissions.Read).WithSummary("打印人民调解协议书（Word 文档，由协议记录生成）");

        var register = MediationPermissions.Register;
        var mediate = MediationPermissions.Mediate;
        var supervise = MediationPermissions.Supervise;
        disputes.Step<UpdateDispute>("details", register, "补正登记信息与当事人（受理前）");
        disputes.Step<RecordConsent>("consent", mediate, "记录当事人调解意愿（一方拒绝即不予调解）");
        disputes.Step<DeclineDispute>("decline", mediate, "不予调解（告知其他途径）");
        disputes.Step<AcceptDispute>("accept", mediate, "受理并指派调解组织和调解员（各方同意后）");
        disputes.Step<EscalateDispute>("escalate", mediate, "上报上一级（附书面意见）");
        disputes.Step<AssignDisputeDown>("assign-down", mediate, "交办下一级");
        disputes.Step<ReturnDispute>("return", mediate, "回退下一级");
        disputes.Step<AssignDepartment>("department", mediate, "分流指派主管部门（谁主管谁负责）");
        disputes.Step<RecordSession>("sessions", mediate, "调解记录（时间、地点、参加人、记录）");
        disputes.Step<ReachAgreement>("agreement", mediate, "达成调解协议（书面或口头）");
        disputes.Step<SignAgreement>("agreement/signatures", mediate, "协议签署：当事人、调解员、调解委员会印章");
        disputes.Step<ConfirmPerformance>("agreement/performed", mediate, "协议履行完毕");
        disputes.Step<EndWithoutAgreement>("fail", mediate, "调解不成（告知途径；法律援助法第三十一条事项转介法律援助）");
        disputes.Step<EndWithoutAgreement>("terminate", mediate, "终止调解（告知途径）", c => c with { Terminate = true });
        disputes.Step<ApplyJudicialConfirmation>("judicial-confirmation", mediate, "申请司法确认（协议生效后三十日内）");
        disputes.Step<RecordCourtAcceptance>("judicial-confirmation/acceptance", mediate, "记录法院是否受理（调确字案号）");
        disputes.Step<RecordCourtDecision>("judicial-confirmation/decision", mediate, "记录法院确认结果");
        disputes.Step<RecordFollowUp>("follow-ups", mediate, "回访");
        disputes.Step<CloseDispute>("close", mediate, "结案");
        disputes.Step<SuperviseDispute>("supervision", supervise, "督办（挂牌督办限重大纠纷）");
        disputes.Step<AssignLeader>("leader", supervise, "领导包案（重大纠纷）");
        disputes.Step<RequestExtension>("extensions", mediate, "申请延期");
        disputes.Step<DecideExtension>("extensions/decision", supervise, "审批延期（同意或不同意）");
    }

    private static void Step<TCommand>(
        this RouteGroupBuilder group, string path, string permission, string summary, Func<TCommand, TCommand>? adjust = null)
        where TCommand : DisputeCommand =>
        group.MapPost("{id:guid}/" + path, async (Guid id, TCommand body, IMediator m, HttpContext h, CancellationToken ct) =>
            {
                DisputeCommand command = (adjust ?? (c => c))(body) with { DisputeId = id, ExpectedVersion = EntityTags.Required(h.Request) };
                return await Read(m, await m.Send((TCommand)command, ct), h, ct);
            })
            .RequirePermission(permission).WithSummary(summary + "（需 If-Match）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<DisputeView> Read(IMediator mediator, Guid id, HttpContext http, CancellationToken ct)
    {
        var view = await mediator.Send(new GetDispute(id), ct);
        EntityTags.Set(http, view.Version);
        return view;
    }
}
