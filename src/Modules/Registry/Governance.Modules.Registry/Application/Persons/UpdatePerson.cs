using FluentValidation.Results;
using Governance.Modules.Registry.Contracts.Events;
using Governance.Modules.Registry.Contracts.Persons;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>The body of PUT /persons/{id}: every field but the citizen ID (corrected through its own endpoint).</summary>
internal sealed record PersonChanges(
    string? Name,
    Sex? Sex,
    DateOnly? BirthDate,
    string? Ethnicity,
    string? HouseholdRegionCode,
    string? HouseholdAddress,
    string? CurrentRegionCode,
    string? GridCode,
    string? CurrentAddress,
    string? Phone,
    PopulationType? PopulationType) : IPersonFields;

internal sealed record UpdatePerson(Guid Id, uint ExpectedVersion, PersonChanges Changes) : ICommand<RegisteredPerson>;

internal sealed class UpdatePersonValidator : AbstractValidator<UpdatePerson>
{
    public UpdatePersonValidator(RegistryDbContext db, TimeProvider clock) =>
        RuleFor(c => c.Changes).NotNull().SetValidator(new PersonFieldsValidator(db, clock)).OverridePropertyName("");
}

internal sealed class UpdatePersonHandler(RegistryDbContext db, ICurrentUser user, PersonalData personalData, TimeProvider clock)
    : IRequestHandler<UpdatePerson, RegisteredPerson>
{
    public async Task<RegisteredPerson> Handle(UpdatePerson request, CancellationToken ct)
    {
        var person = await PersonLookup.VisibleAsync(db, user, request.Id, ct);
        EntityTags.EnsureCurrent(request.ExpectedVersion, person.Version, "人员信息");
        CrossCheck(person.CitizenId, request.Changes);
        var changes = request.Changes;
        user.EnsureWithinJurisdiction(PersonFieldsValidator.PlacementOf(changes).ScopeCode, "新的现住地");

        var before = person.ToDto(unmasked: true);
        var now = clock.GetUtcNow();
        person.Apply(changes, now);
        var changed = PersonMapping.ChangedFields(before, person.ToDto(unmasked: true));
        if (changed.Count > 0)
        {
            db.Publish(new PersonUpdated(person.Id, person.ScopeCode, changed) { OccurredAt = now });
        }
        else
        {
            person.UpdatedAt = before.UpdatedAt;
        }

        await db.SaveChangesAsync(ct);
        await personalData.RecordUnmaskedReadAsync(PersonMapping.RecordType, [person.Id], "修改后返回完整身份证号和电话", ct);
        return new RegisteredPerson(person.ToDto(personalData.Unmasked), person.Version);
    }

    private static void CrossCheck(CitizenId citizenId, PersonChanges changes)
    {
        var failures = new List<ValidationFailure>();
        if (PersonRules.SexProblem(citizenId, changes.Sex) is { } sex)
        {
            failures.Add(new ValidationFailure("sex", sex));
        }

        if (PersonRules.BirthDateProblem(citizenId, changes.BirthDate) is { } birth)
        {
            failures.Add(new ValidationFailure("birthDate", birth));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}

internal static class UpdatePersonEndpoint
{
    public static void Map(IEndpointRouteBuilder persons) =>
        persons.MapPut("{id:guid}", async (Guid id, PersonChanges body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                PersonEndpoints.WithETag(http, await mediator.Send(new UpdatePerson(id, EntityTags.Required(http.Request), body), ct)))
            .RequirePermission(RegistryPermissions.PersonsWrite)
            .WithSummary("修改人员信息（需 If-Match）");
}
