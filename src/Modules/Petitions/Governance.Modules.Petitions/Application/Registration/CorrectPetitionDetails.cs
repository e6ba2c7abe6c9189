using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Registration;

/// <summary>
/// 补正登记信息 before 受理, as a partial update: only the fields sent change (adding a petitioner sends the petitioner
/// list alone), and each field sent is checked as at registration.
/// </summary>
internal sealed record CorrectPetitionDetails(
    PetitionCategory? Category, PetitionDomain? Domain, string? Subject, string? Content, IReadOnlyList<Guid>? PetitionerPersonIds)
    : PetitionCommand;

internal sealed class CorrectPetitionDetailsValidator : AbstractValidator<CorrectPetitionDetails>
{
    public CorrectPetitionDetailsValidator()
    {
        RuleFor(c => c).Must(c => c.Category is not null || c.Domain is not null || c.Subject is not null || c.Content is not null
                || c.PetitionerPersonIds is not null)
            .OverridePropertyName("body").WithMessage("请至少提交一项需补正的内容（category、domain、subject、content、petitionerPersonIds）");
        RuleFor(c => c.Category).IsInEnum();
        RuleFor(c => c.Domain).IsInEnum();
        RuleFor(c => c.Subject).PetitionSubject().When(c => c.Subject is not null);
        RuleFor(c => c.Content).PetitionContent().When(c => c.Content is not null);
        RuleFor(c => c.PetitionerPersonIds).PetitionerIds();
    }
}

internal sealed class CorrectPetitionDetailsHandler(PetitionsDbContext db, CaseActs acts, IMediator mediator)
    : IRequestHandler<CorrectPetitionDetails, Guid>
{
    public async Task<Guid> Handle(CorrectPetitionDetails request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var persons = request.PetitionerPersonIds?.Distinct().ToList();
        if (persons is not null)
        {
            await Petitioners.EnsureExistAsync(mediator, persons, ct);
        }

        petition.CorrectDetails(
            new DetailsCorrection(request.Category, request.Domain, request.Subject?.Trim(), request.Content?.Trim(), persons), acts.ByCaller());
        return petition.Id;
    }
}

internal static class CorrectPetitionDetailsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<CorrectPetitionDetails>(endpoints, "details", PetitionPermissions.Register, "补正登记信息（受理前；只改提交的字段）");
    }
}
