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

/// <summary>
/// 转人民调解 (第三十三条、第三十七条). When the Mediation module is not enabled in this installation nothing is sent: the
/// petition and its timeline say so.
/// </summary>
internal sealed record ReferToMediation(string? Note) : PetitionCommand;

internal sealed class ReferToMediationValidator : AbstractValidator<ReferToMediation>
{
    public ReferToMediationValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class ReferToMediationHandler(PetitionsDbContext db, CaseActs acts, IEnabledModules modules)
    : IRequestHandler<ReferToMediation, Guid>
{
    public async Task<Guid> Handle(ReferToMediation request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var sent = modules.IsEnabled("Mediation");
        petition.Refer(ReferralTarget.Mediation, sent, null, request.Note, acts.ByCaller());
        if (sent)
        {
            db.Publish(new PetitionReferredToMediation(
                petition.Id, petition.TrackingNumber, petition.ScopeCode, petition.Subject, petition.Content, petition.PetitionerPersonIds,
                petition.PetitionerOrganisationIds, petition.Headcount, request.Note, acts.User.UserId, acts.User.Department)
            {
                OccurredAt = acts.Now,
            });
        }

        return petition.Id;
    }
}

internal static class ReferToMediationEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        PetitionSteps.Steps.Map<ReferToMediation>(endpoints, "refer/mediation", PetitionPermissions.Refer, "转人民调解（调解模块未启用时记录未能移送）");
}
