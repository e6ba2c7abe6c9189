using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.FollowUps;

/// <summary>结案: after performance and at least one follow-up visit.</summary>
internal sealed record CloseDispute(string? Note) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<CloseDispute>(routes.Disputes, "close", MediationPermissions.Mediate, "结案");
}

internal sealed class CloseDisputeValidator : AbstractValidator<CloseDispute>
{
    public CloseDisputeValidator() => RuleFor(c => c.Note).MaximumLength(1000).WithMessage("结案说明最多 1000 个字符");
}

internal sealed class CloseDisputeHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<CloseDispute, Guid>
{
    public async Task<Guid> Handle(CloseDispute c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        dispute.Close(c.Note, acts.ByCaller());
        return dispute.Id;
    }
}
