using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Mediation.Application.Intake;

/// <summary>补正登记信息 before 受理: type, matter, facts, headcount and the parties (a referral's missing parties are added here).</summary>
internal sealed record UpdateDispute(
    DisputeType? Type, DisputeMatter? Matter, string? Subject, string? Description, string? Location, int? Headcount,
    decimal? Amount, EscalationRisk? Risk, IReadOnlyList<PartyInput>? Parties, Guid? RelatedHazardId, Guid? RelatedHouseId)
    : DisputeCommand, IDisputeFields
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<UpdateDispute>(routes.Disputes, "details", MediationPermissions.Register, "补正登记信息与当事人（受理前）");
}

internal sealed class UpdateDisputeValidator : AbstractValidator<UpdateDispute>
{
    public UpdateDisputeValidator(IMediator mediator) => Include(new DisputeFieldsValidator(mediator));
}

internal sealed class UpdateDisputeHandler(MediationDbContext db, CaseActs acts, CrossModuleNotices notices, IOptions<MediationOptions> options)
    : IRequestHandler<UpdateDispute, Guid>
{
    public async Task<Guid> Handle(UpdateDispute c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        var act = acts.ByCaller();
        var newlySupervised = dispute.UpdateDetails(new DisputeDetails(
            c.Type!.Value, c.Matter, c.Subject!, c.Description, c.Location, c.Headcount!.Value, c.Amount, c.Risk!.Value, c.RelatedHazardId,
            c.RelatedHouseId, c.Parties!.Select(p => p.ToDraft()).ToList()), options.Value.MajorHeadcount, act);
        notices.NotifySupervisors(dispute, newlySupervised, act);
        return dispute.Id;
    }
}
