using System.Text.Json.Serialization;
using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>
/// 转送 or 交办 to the handling department: it must decide and notify acceptance within the acceptance-notice limit
/// (15 days; 浙江 5 working days), or object within 5 working days that the matter is not its own (《信访工作条例》第二十三条).
/// </summary>
internal sealed record RoutePetition(string? Department, string? Note) : PetitionCommand
{
    /// <summary>转送 or 交办: from the endpoint, not the body.</summary>
    [JsonIgnore]
    public RouteKind Kind { get; init; }
}

internal sealed class RoutePetitionValidator : AbstractValidator<RoutePetition>
{
    public RoutePetitionValidator()
    {
        RuleFor(c => c.Department).RequiredText("承办单位（部门代码）", 50);
        RuleFor(c => c.Note).Note();
    }
}

internal sealed class RoutePetitionHandler(PetitionsDbContext db, CaseActs acts, PetitionDeadlines deadlines)
    : IRequestHandler<RoutePetition, Guid>
{
    public async Task<Guid> Handle(RoutePetition request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var acceptance = await deadlines.DueAsync(PetitionDeadlines.AcceptanceNotice, acts.Now, ct);
        var objection = await deadlines.DueAsync(PetitionDeadlines.TransferObjection, acts.Now, ct);
        petition.Route(request.Kind, request.Department!.Trim(), request.Note, acceptance, objection, acts.ByCaller());
        return petition.Id;
    }
}

internal static class RoutePetitionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<RoutePetition>(endpoints, "transfer", PetitionPermissions.Route, "转送有权处理的机关", c => c with { Kind = RouteKind.Transfer });
        PetitionSteps.Steps.Map<RoutePetition>(endpoints, "assign", PetitionPermissions.Route, "交办承办单位", c => c with { Kind = RouteKind.Assign });
    }
}
