using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.RegisterDispute;

/// <summary>
/// 统一登记: a dispute found on a sweep, applied for by a party, referred by a court or the police, or reported by a grid
/// worker, placed at a village (12 digits), township (9), county (6) or grid (15) — which sets the level handling it.
/// </summary>
internal sealed record RegisterDispute(
    DisputeSource? Source, DisputeType? Type, DisputeMatter? Matter, string? Subject, string? Description, DateOnly? OccurredOn,
    string? Location, string? RegionCode, string? GridCode, int? Headcount, decimal? Amount, EscalationRisk? Risk, bool IsMajor,
    IReadOnlyList<PartyInput>? Parties, Guid? SweepId, Guid? RelatedHazardId, Guid? RelatedHouseId) : ICommand<Guid>, IDisputeFields
{
    public static void Map(DisputeRoutes routes) =>
        routes.Disputes.MapPost("", async (RegisterDispute c, IMediator m, HttpContext h, CancellationToken ct) =>
            {
                var view = await routes.Steps.ReadAsync(m, await m.Send(c, ct), h, ct);
                return Results.Created($"/api/mediation/disputes/{view.Id}", view);
            })
            .RequirePermission(MediationPermissions.Register).AcceptsIdempotencyKey<MediationDbContext>()
            .Produces<DisputeView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithExamples(RegistrationExample.Request, RegistrationExample.Response, StatusCodes.Status201Created)
            .WithSummary("统一登记矛盾纠纷（来源、19 类类型、当事人至少两方、涉及人数与金额、激化风险）");
}

internal sealed class RegisterDisputeValidator : AbstractValidator<RegisterDispute>
{
    public RegisterDisputeValidator(IMediator mediator)
    {
        RuleFor(c => c.Source).NotNull().WithMessage("请选择纠纷来源").IsInEnum().WithMessage("纠纷来源不在代码表中")
            .NotEqual(DisputeSource.PetitionReferral).WithMessage("信访转入的纠纷由信访模块转办后自动登记");
        RuleFor(c => c.SweepId).Null().When(c => c.Source != DisputeSource.Sweep).WithMessage("只有排查发现的纠纷可以关联排查");
        RuleFor(c => c.RegionCode).NotEmpty().When(c => c.GridCode is null).WithMessage("请填写发生地区划代码（村、乡镇或县）或网格编码");
        RuleFor(c => c.RegionCode).Null().When(c => c.GridCode is not null).WithMessage("区划代码和网格编码只填一个");
        RuleFor(c => c.RegionCode).MustBeRegionCode();
        RuleFor(c => c.GridCode).MustBeGridCode();
        Include(new DisputeFieldsValidator(mediator));
    }
}

internal sealed class RegisterDisputeHandler(MediationDbContext db, DisputeIntake intake, CaseActs acts)
    : IRequestHandler<RegisterDispute, Guid>
{
    public async Task<Guid> Handle(RegisterDispute c, CancellationToken ct)
    {
        var scope = Levels.ScopeCodeOf(c.GridCode ?? c.RegionCode!);
        acts.User.EnsureWithinJurisdiction(scope, "矛盾纠纷发生地");
        if (c.SweepId is { } sweepId)
        {
            var sweep = await db.Sweeps.FirstOrDefaultAsync(s => s.Id == sweepId, ct);
            if (sweep is null || !scope.StartsWith(sweep.ScopeCode, StringComparison.Ordinal))
            {
                throw new BusinessRuleException("关联的排查不存在，或纠纷发生地不在该排查的区域内");
            }
        }

        var dispute = await intake.RegisterAsync(new DisputeDraft(
            c.Source!.Value, null, null, c.SweepId, c.Type!.Value, c.Matter, c.Subject!, c.Description, c.OccurredOn, c.Location,
            scope, c.Headcount!.Value, c.Amount, c.Risk!.Value, c.IsMajor, c.RelatedHazardId, c.RelatedHouseId,
            c.Parties!.Select(p => p.ToDraft()).ToList()), $"{c.Source.Value.Label()}登记", acts.ByCaller(), ct);
        return dispute.Id;
    }
}
