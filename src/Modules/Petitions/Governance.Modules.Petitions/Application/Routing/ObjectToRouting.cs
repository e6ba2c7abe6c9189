using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>
/// The handling department objects that a transferred/assigned matter is not within its powers (退回), within 5 working
/// days of the routing (《信访工作条例》第二十三条); the petition returns to the 信访 office to be routed again.
/// </summary>
internal sealed record ObjectToRouting(string? Reason) : PetitionCommand;

internal sealed class ObjectToRoutingValidator : AbstractValidator<ObjectToRouting>
{
    public ObjectToRoutingValidator() => RuleFor(c => c.Reason).RequiredText("异议理由", 1000);
}

internal sealed class ObjectToRoutingHandler(PetitionsDbContext db, CaseActs acts, PetitionDeadlines deadlines)
    : IRequestHandler<ObjectToRouting, Guid>
{
    public async Task<Guid> Handle(ObjectToRouting request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var registration = await deadlines.DueAsync(PetitionDeadlines.Registration, petition.ReceivedAt, ct);
        petition.ObjectToRouting(request.Reason!.Trim(), registration, acts.ByCaller());
        return petition.Id;
    }
}

internal static class ObjectToRoutingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<ObjectToRouting>(endpoints, "object", PetitionPermissions.Handle, "承办单位提出异议并退回（转送交办后 5 个工作日内）");
    }
}
