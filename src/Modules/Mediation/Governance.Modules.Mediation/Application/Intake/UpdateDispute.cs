using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Mediation.Application.Intake;

/// <summary>
/// 补正登记信息 before 受理: type, matter, facts, headcount and the parties (a referral's missing parties are added here).
/// A partial update: a field left out (or null) keeps its value; <see cref="Parties"/>, when sent, is the whole list.
/// </summary>
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
    public UpdateDisputeValidator(IMediator mediator)
    {
        Include(new DisputeFieldsValidator(mediator, partial: true));
        RuleFor(c => c).Must(c => c.Type is not null || c.Matter is not null || c.Subject is not null || c.Description is not null
                || c.Location is not null || c.Headcount is not null || c.Amount is not null || c.Risk is not null || c.Parties is not null
                || c.RelatedHazardId is not null || c.RelatedHouseId is not null)
            .WithMessage("请至少提交一项要补正的内容").OverridePropertyName("body");
    }
}

internal sealed class UpdateDisputeHandler(MediationDbContext db, CaseActs acts, CrossModuleNotices notices, IOptions<MediationOptions> options)
    : IRequestHandler<UpdateDispute, Guid>
{
    public async Task<Guid> Handle(UpdateDispute c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        var act = acts.ByCaller();
        var newlySupervised = dispute.UpdateDetails(new DisputeDetails(
            c.Type ?? dispute.Type, c.Matter ?? dispute.Matter, c.Subject ?? dispute.Subject, c.Description ?? dispute.Description,
            c.Location ?? dispute.Location, c.Headcount ?? dispute.Headcount, c.Amount ?? dispute.Amount, c.Risk ?? dispute.Risk,
            c.RelatedHazardId ?? dispute.RelatedHazardId, c.RelatedHouseId ?? dispute.RelatedHouseId,
            c.Parties?.Select(p => p.ToDraft()).ToList() ?? dispute.Parties.Select(PartyDraft.Of).ToList()),
            options.Value.MajorHeadcount, act);
        notices.NotifySupervisors(dispute, newlySupervised, act);
        return dispute.Id;
    }
}
