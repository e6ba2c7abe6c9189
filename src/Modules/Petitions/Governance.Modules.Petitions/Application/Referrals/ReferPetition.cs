using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Application.Oversight;
using Governance.Modules.Petitions.Contracts;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Modules;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using MediatR;

namespace Governance.Modules.Petitions.Application.Referrals;

/// <summary>Where a petition can be referred: each is another module, reached by an integration event.</summary>
internal enum ReferralTarget
{
    Mediation = 1,
    LegalAid = 2,
    SafetyInspections = 3,
}

/// <summary>
/// 转人民调解 (第三十三条、第三十七条), 转法律援助 (第三十七条) or 移送安全隐患. When the receiving module is not enabled in
/// this installation nothing is sent: the petition and its timeline say so, and the answer carries the reason.
/// </summary>
/// <param name="PersonId">Legal aid: the petitioner to be helped (one of this petition's petitioners).</param>
/// <param name="Text">Legal aid: the matter; hazard: its description.</param>
/// <param name="Location">Hazard: where it is.</param>
/// <param name="PlaceId">Hazard: the Registry place, when known.</param>
internal sealed record ReferPetition(
    Guid Id, uint Version, ReferralTarget Target, string? Note, Guid? PersonId = null, string? Text = null, string? Location = null,
    Guid? PlaceId = null) : ICommand<PetitionView>;

internal sealed class ReferPetitionValidator : AbstractValidator<ReferPetition>
{
    public ReferPetitionValidator()
    {
        RuleFor(c => c.Note).Note();
        RuleFor(c => c.PersonId).NotEmpty().When(c => c.Target == ReferralTarget.LegalAid).WithMessage("请选择申请法律援助的信访人");
        RuleFor(c => c.Text).RequiredText("法律援助事项", 1000).When(c => c.Target == ReferralTarget.LegalAid);
        RuleFor(c => c.Text).RequiredText("隐患情况", 2000).When(c => c.Target == ReferralTarget.SafetyInspections);
        RuleFor(c => c.Location).MaximumLength(200).WithMessage("隐患地点不能超过 200 字").PlainText();
    }
}

internal sealed class ReferPetitionHandler(PetitionsDbContext db, ICurrentUser user, IEnabledModules modules, PetitionJournal journal)
    : IRequestHandler<ReferPetition, PetitionView>
{
    public async Task<PetitionView> Handle(ReferPetition request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        OpenRecords.EnsureOpen(petition, "移送");
        var (module, moduleName, action) = request.Target switch
        {
            ReferralTarget.Mediation => ("Mediation", "调解", PetitionAction.ReferToMediation),
            ReferralTarget.LegalAid => ("LegalAid", "法律援助", PetitionAction.ReferToLegalAid),
            _ => ("SafetyInspections", "安全隐患排查", PetitionAction.ReportHazard),
        };
        if (request.Target == ReferralTarget.Mediation && petition.MediationReferral == ReferralStatus.Sent)
        {
            throw new BusinessRuleException($"本件已于 {ChinaTime.ToText(petition.MediationReferredAt)} 转人民调解");
        }

        if (request.Target == ReferralTarget.LegalAid && !petition.PetitionerPersonIds.Contains(request.PersonId!.Value))
        {
            throw new BusinessRuleException("申请法律援助的人应是本件的信访人");
        }

        var status = modules.IsEnabled(module) ? ReferralStatus.Sent : ReferralStatus.ModuleDisabled;
        if (status == ReferralStatus.Sent)
        {
            db.Publish(EventFor(request, petition));
        }

        switch (request.Target)
        {
            case ReferralTarget.Mediation:
                petition.MediationReferral = status;
                petition.MediationReferredAt = journal.Now;
                break;
            case ReferralTarget.LegalAid:
                petition.LegalAidReferral = status;
                break;
            default:
                petition.HazardReferral = status;
                break;
        }

        var outcome = status == ReferralStatus.Sent ? "已移送" : $"未能移送：{moduleName}模块未启用";
        journal.Step(petition, action, $"{outcome}{(request.Note is null ? "" : "；" + request.Note)}");
        return await journal.SavedAsync(petition, ct);
    }

    private IntegrationEvent EventFor(ReferPetition request, Petition petition) => request.Target switch
    {
        ReferralTarget.Mediation => new PetitionReferredToMediation(
            petition.Id, petition.TrackingNumber, petition.ScopeCode, petition.Subject, petition.Content, petition.PetitionerPersonIds,
            petition.PetitionerOrganisationIds, petition.Headcount, request.Note, user.UserId, user.Department) { OccurredAt = journal.Now },
        ReferralTarget.LegalAid => new PetitionReferredToLegalAid(
            petition.Id, petition.TrackingNumber, petition.ScopeCode, request.PersonId!.Value, request.Text!.Trim(), request.Note,
            user.UserId) { OccurredAt = journal.Now },
        _ => new PetitionHazardReported(
            petition.Id, petition.TrackingNumber, petition.ScopeCode, request.Text!.Trim(), request.Location, request.PlaceId,
            user.UserId) { OccurredAt = journal.Now },
    };
}
