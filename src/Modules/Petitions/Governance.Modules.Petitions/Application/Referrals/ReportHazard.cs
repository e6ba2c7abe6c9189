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

/// <summary>移送安全隐患 found in a petition; recorded as not sent while the SafetyInspections module is not enabled.</summary>
/// <param name="PlaceId">The Registry place, when known.</param>
internal sealed record ReportHazard(string? Description, string? Location, Guid? PlaceId, string? Note) : PetitionCommand;

internal sealed class ReportHazardValidator : AbstractValidator<ReportHazard>
{
    public ReportHazardValidator()
    {
        RuleFor(c => c.Note).Note();
        RuleFor(c => c.Description).RequiredText("隐患情况", 2000);
        RuleFor(c => c.Location).MaximumLength(200).WithMessage("隐患地点不能超过 200 字").PlainText();
    }
}

internal sealed class ReportHazardHandler(PetitionsDbContext db, CaseActs acts, IEnabledModules modules)
    : IRequestHandler<ReportHazard, Guid>
{
    public async Task<Guid> Handle(ReportHazard request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var sent = modules.IsEnabled("SafetyInspections");
        petition.Refer(ReferralTarget.SafetyInspections, sent, null, request.Note, acts.ByCaller());
        if (sent)
        {
            db.Publish(new PetitionHazardReported(
                petition.Id, petition.TrackingNumber, petition.ScopeCode, request.Description!.Trim(), request.Location, request.PlaceId,
                acts.User.UserId) { OccurredAt = acts.Now });
        }

        return petition.Id;
    }
}

internal static class ReportHazardEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        PetitionSteps.Steps.Map<ReportHazard>(endpoints, "refer/hazard", PetitionPermissions.Refer, "移送安全隐患（模块未启用时记录未能移送）");
}
