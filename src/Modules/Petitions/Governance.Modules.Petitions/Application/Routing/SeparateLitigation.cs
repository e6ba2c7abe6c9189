using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>
/// 诉访分离: a litigation-related matter goes to the courts, procuratorates or police, and the petitioner is told which
/// (《信访工作条例》第二十八条).
/// </summary>
internal sealed record SeparateLitigation(string? Channel, string? Note) : PetitionCommand;

internal sealed class SeparateLitigationValidator : AbstractValidator<SeparateLitigation>
{
    public SeparateLitigationValidator()
    {
        RuleFor(c => c.Channel).RequiredText("导入的法定途径（如向某人民法院申请再审）", 200);
        RuleFor(c => c.Note).Note();
    }
}

internal sealed class SeparateLitigationHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<SeparateLitigation, Guid>
{
    public async Task<Guid> Handle(SeparateLitigation request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.SeparateLitigation(request.Channel!.Trim(), request.Note, acts.ByCaller());
        return petition.Id;
    }
}

internal static class SeparateLitigationEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<SeparateLitigation>(endpoints, "separate-litigation", PetitionPermissions.Route, "诉访分离：导入诉讼等法定途径");
    }
}
