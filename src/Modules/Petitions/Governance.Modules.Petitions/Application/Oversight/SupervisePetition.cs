using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>督办 with a level (普通 / 黄牌 / 红牌 / 挂牌) and a note; a later one replaces the level, both stay on the timeline.</summary>
internal sealed record SupervisePetition(SupervisionLevel? Level, string? Note) : PetitionCommand;

internal sealed class SupervisePetitionValidator : AbstractValidator<SupervisePetition>
{
    public SupervisePetitionValidator()
    {
        RuleFor(c => c.Level).NotNull().WithMessage("请选择督办级别（普通、黄牌、红牌、挂牌督办）").IsInEnum();
        RuleFor(c => c.Note).RequiredText("督办意见", 1000);
    }
}

internal sealed class SupervisePetitionHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<SupervisePetition, Guid>
{
    public async Task<Guid> Handle(SupervisePetition request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.Supervise(request.Level!.Value, request.Note!.Trim(), acts.ByCaller());
        return petition.Id;
    }
}

internal static class SupervisePetitionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<SupervisePetition>(endpoints, "supervision", PetitionPermissions.Supervise, "督办（普通、黄牌、红牌、挂牌）");
    }
}
