using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Contracts;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Modules;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Referrals;

/// <summary>转法律援助 (第三十七条) for one of the petitioners; recorded as not sent while the LegalAid module is not enabled.</summary>
/// <param name="PersonId">The petitioner to be helped (one of this petition's petitioners).</param>
internal sealed record ReferToLegalAid(Guid? PersonId, string? Matter, string? Note) : PetitionCommand;

internal sealed class ReferToLegalAidValidator : AbstractValidator<ReferToLegalAid>
{
    public ReferToLegalAidValidator()
    {
        RuleFor(c => c.Note).Note();
        RuleFor(c => c.PersonId).NotEmpty().WithMessage("请选择申请法律援助的信访人");
        RuleFor(c => c.Matter).RequiredText("法律援助事项", 1000);
    }
}

internal sealed class ReferToLegalAidHandler(PetitionsDbContext db, CaseActs acts, IEnabledModules modules)
    : IRequestHandler<ReferToLegalAid, Guid>
{
    public async Task<Guid> Handle(ReferToLegalAid request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var sent = modules.IsEnabled("LegalAid");
        petition.Refer(ReferralTarget.LegalAid, sent, request.PersonId, request.Note, acts.ByCaller());
        if (sent)
        {
            db.Publish(new PetitionReferredToLegalAid(
                petition.Id, petition.TrackingNumber, petition.ScopeCode, request.PersonId!.Value, request.Matter!.Trim(), request.Note,
                acts.User.UserId) { OccurredAt = acts.Now });
        }

        return petition.Id;
    }
}

internal static class ReferToLegalAidEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        PetitionSteps.Steps.Map<ReferToLegalAid>(endpoints, "refer/legal-aid", PetitionPermissions.Refer, "转法律援助（模块未启用时记录未能移送）");
}
