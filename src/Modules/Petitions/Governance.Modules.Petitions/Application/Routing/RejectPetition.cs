using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>不予受理, telling the petitioner which channel to use instead (《信访工作条例》第二十二条、第三十一条).</summary>
internal sealed record RejectPetition(string? Reason, string? Channel) : PetitionCommand;

internal sealed class RejectPetitionValidator : AbstractValidator<RejectPetition>
{
    public RejectPetitionValidator()
    {
        RuleFor(c => c.Reason).RequiredText("不予受理的理由", 1000);
        RuleFor(c => c.Channel).RequiredText("告知信访人的途径（如向人民法院起诉、申请行政复议）", 200);
    }
}

internal sealed class RejectPetitionHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<RejectPetition, Guid>
{
    public async Task<Guid> Handle(RejectPetition request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.Reject(request.Reason!.Trim(), request.Channel!.Trim(), acts.ByCaller());
        return petition.Id;
    }
}

internal static class RejectPetitionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<RejectPetition>(endpoints, "reject", PetitionPermissions.Route, "不予受理（说明理由并告知途径）");
    }
}
