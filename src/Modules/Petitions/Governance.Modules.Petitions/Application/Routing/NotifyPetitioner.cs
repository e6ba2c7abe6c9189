using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>
/// Records the written notice to the petitioner of how the petition is being handled (受理、转送交办或不予受理), due within
/// the acceptance-notice limit; impossible when name and address are unclear (《信访工作条例》第二十三条).
/// </summary>
internal sealed record NotifyPetitioner(string? Note) : PetitionCommand;

internal sealed class NotifyPetitionerValidator : AbstractValidator<NotifyPetitioner>
{
    public NotifyPetitionerValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class NotifyPetitionerHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<NotifyPetitioner, Guid>
{
    public async Task<Guid> Handle(NotifyPetitioner request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.NotifyPetitioner(request.Note, acts.ByCaller());
        return petition.Id;
    }
}

internal static class NotifyPetitionerEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<NotifyPetitioner>(endpoints, "notify", PetitionPermissions.Route, "记录书面告知信访人");
    }
}
