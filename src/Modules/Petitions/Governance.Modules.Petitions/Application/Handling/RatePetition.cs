using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Handling;

/// <summary>The handler records the petitioner's evaluation (e.g. obtained by the 包案 leader after the answer).</summary>
internal sealed record RatePetition(Satisfaction? Satisfaction, string? Note) : PetitionCommand;

internal sealed class RatePetitionValidator : AbstractValidator<RatePetition>
{
    public RatePetitionValidator()
    {
        RuleFor(c => c.Satisfaction).NotNull().WithMessage("请选择评价（满意、基本满意、不满意）").IsInEnum();
        RuleFor(c => c.Note).Note();
    }
}

internal sealed class RatePetitionHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<RatePetition, Guid>
{
    public async Task<Guid> Handle(RatePetition request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.Rate(request.Satisfaction!.Value, $"经办人记录{(request.Note is null ? "" : "：" + request.Note)}", acts.ByCaller());
        return petition.Id;
    }
}

internal static class RatePetitionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<RatePetition>(endpoints, "rate", PetitionPermissions.Handle, "记录信访人满意度评价");
    }
}
