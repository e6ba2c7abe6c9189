using System.Text.Json.Serialization;
using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Handling;

/// <summary>批准 / 不予批准 a pending extension, never by the one who asked; the petitioner must be told the reason.</summary>
internal sealed record DecideExtension(string? Note) : PetitionCommand
{
    /// <summary>批准 or 不予批准: from the endpoint, not the body.</summary>
    [JsonIgnore]
    public bool Approve { get; init; }
}

internal sealed class DecideExtensionValidator : AbstractValidator<DecideExtension>
{
    public DecideExtensionValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class DecideExtensionHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<DecideExtension, Guid>
{
    public async Task<Guid> Handle(DecideExtension request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.DecideHandlingExtension(request.Approve, request.Note, acts.ByCaller());
        return petition.Id;
    }
}

internal static class DecideExtensionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<DecideExtension>(endpoints, "extension/approve", PetitionPermissions.Approve, "批准延期", c => c with { Approve = true });
        PetitionSteps.Steps.Map<DecideExtension>(endpoints, "extension/refuse", PetitionPermissions.Approve, "不予延期", c => c with { Approve = false });
    }
}
