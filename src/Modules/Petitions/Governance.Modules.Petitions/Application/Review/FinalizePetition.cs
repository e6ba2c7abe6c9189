using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Review;

/// <summary>终结 once the petitioner let the 复查 (or 复核) request window pass without asking (第三十五条、第三十六条).</summary>
internal sealed record FinalizePetition(string? Note) : PetitionCommand;

internal sealed class FinalizePetitionValidator : AbstractValidator<FinalizePetition>
{
    public FinalizePetitionValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class FinalizePetitionHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<FinalizePetition, Guid>
{
    public async Task<Guid> Handle(FinalizePetition request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.Finalize(request.Note, acts.ByCaller());
        return petition.Id;
    }
}

internal static class FinalizePetitionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<FinalizePetition>(endpoints, "finalize", PetitionPermissions.Review, "请求期限届满未申请复查（复核）的，终结");
    }
}
