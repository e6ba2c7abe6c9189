using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using MediatR;

namespace Governance.Modules.Mediation.Application.Intake;

/// <summary>补正登记信息 before 受理: type, matter, facts, headcount and the parties (a referral's missing parties are added here).</summary>
internal sealed record UpdateDispute(
    DisputeType? Type, DisputeMatter? Matter, string? Subject, string? Description, string? Location, int? Headcount,
    decimal? Amount, EscalationRisk? Risk, IReadOnlyList<PartyInput>? Parties, Guid? RelatedHazardId, Guid? RelatedHouseId)
    : DisputeCommand, IDisputeFields;

internal sealed class UpdateDisputeValidator : AbstractValidator<UpdateDispute>
{
    public UpdateDisputeValidator(IMediator mediator) => Include(new DisputeFieldsValidator(mediator));
}

internal sealed class UpdateDisputeHandler(DisputeFlow flow, DisputeIntake intake, CrossModuleNotices notices, MajorDisputes major)
    : IRequestHandler<UpdateDispute, Guid>
{
    public async Task<Guid> Handle(UpdateDispute c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        flow.Apply(dispute, DisputeAction.UpdateDetails, null);
        (dispute.Type, dispute.Matter, dispute.Subject) = (c.Type!.Value, c.Matter, c.Subject!.Trim());
        (dispute.Description, dispute.Location, dispute.Headcount) = (c.Description?.Trim(), c.Location?.Trim(), c.Headcount!.Value);
        (dispute.Amount, dispute.Risk, dispute.RelatedHazardId, dispute.RelatedHouseId) = (c.Amount, c.Risk!.Value, c.RelatedHazardId, c.RelatedHouseId);
        major.Apply(dispute);

        var wanted = c.Parties!.Select(p => p.ToDraft()).ToList();
        dispute.Parties.RemoveAll(p => !wanted.Any(w => w.PersonId == p.PersonId && w.OrganisationId == p.OrganisationId));
        var newlySupervised = new List<DisputeParty>();
        foreach (var draft in wanted)
        {
            var party = dispute.Parties.FirstOrDefault(p => p.PersonId == draft.PersonId && p.OrganisationId == draft.OrganisationId);
            if (party is null)
            {
                party = intake.NewParty(dispute, draft);
                dispute.Parties.Add(party);
            }
            else
            {
                party.Role = draft.Role;
            }

            if (draft.IsSupervised && !party.IsSupervised)
            {
                newlySupervised.Add(party);
            }

            party.IsSupervised = draft.IsSupervised;
        }

        notices.NotifySupervisors(dispute, newlySupervised);
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }
}
