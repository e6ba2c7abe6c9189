using Governance.Modules.Registry.Contracts.Events;
using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>Registers a person; sex and birth date come from the citizen ID and, when given, must agree with it.</summary>
internal sealed record RegisterPerson(
    string? CitizenId,
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
    PopulationType? PopulationType) : ICommand<RegisteredPerson>, IPersonFields;

internal sealed class RegisterPersonValidator : AbstractValidator<RegisterPerson>
{
    public RegisterPersonValidator(RegistryDbContext db, TimeProvider clock)
    {
        RuleFor(c => c.CitizenId).NotEmpty().WithMessage("身份证号码不能为空").MustBeCitizenId().DependentRules(() =>
        {
            RuleFor(c => c.Sex).Must((c, sex) => PersonRules.SexProblem(Parse(c, clock), sex) is null)
                .WithMessage(c => PersonRules.SexProblem(Parse(c, clock), c.Sex));
            RuleFor(c => c.BirthDate).Must((c, birth) => PersonRules.BirthDateProblem(Parse(c, clock), birth) is null)
                .WithMessage(c => PersonRules.BirthDateProblem(Parse(c, clock), c.BirthDate));
        });
        Include(new PersonFieldsValidator(db, clock));
    }

    private static CitizenId Parse(RegisterPerson c, TimeProvider clock) =>
        SharedKernel.Identifiers.CitizenId.Parse(c.CitizenId!, SharedKernel.Identifiers.CitizenId.TodayInChina(clock));
}

internal sealed class RegisterPersonHandler(RegistryDbContext db, ICurrentUser user, PersonalData personalData, TimeProvider clock)
    : IRequestHandler<RegisterPerson, RegisteredPerson>
{
    public async Task<RegisteredPerson> Handle(RegisterPerson request, CancellationToken ct)
    {
        var citizenId = CitizenId.Parse(request.CitizenId!, CitizenId.TodayInChina(clock));
        var placement = PersonFieldsValidator.PlacementOf(request);
        user.EnsureWithinJurisdiction(placement.ScopeCode, "现住地");
        if (await db.Persons.Where(p => p.CitizenId == citizenId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            throw Duplicate(citizenId, existing);
        }

        var now = clock.GetUtcNow();
        var person = new Person
        {
            Id = Guid.CreateVersion7(now),
            CitizenId = citizenId,
            Sex = citizenId.Sex,
            BirthDate = citizenId.BirthDate,
            Name = "",
            Ethnicity = "",
            CurrentRegion = placement.Region,
            CurrentAddress = "",
            ScopeCode = "",
            RegisteredAt = now,
        };
        person.Apply(request, now);
        db.Persons.Add(person);
        db.Publish(new PersonRegistered(person.Id, person.ScopeCode, person.PopulationType) { OccurredAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new ConflictException($"身份证号 {citizenId.Masked} 刚刚已被登记，请查询后在原记录上修改。");
        }

        await personalData.RecordUnmaskedReadAsync(PersonMapping.RecordType, [person.Id], "登记后返回完整身份证号和电话", ct);
        return new RegisteredPerson(person.ToDto(personalData.Unmasked), person.Version);
    }

    public static ConflictException Duplicate(CitizenId citizenId, Guid existing) =>
        new($"身份证号 {citizenId.Masked} 已登记（一人一档），请在原记录上修改，或将重复记录合并。",
            new Dictionary<string, object?> { ["existingId"] = existing });
}

internal static class RegisterPersonEndpoint
{
    public static void Map(IEndpointRouteBuilder persons) =>
        persons.MapPost("", async (RegisterPerson command, IMediator mediator, HttpContext http, CancellationToken ct) =>
                PersonEndpoints.Created(http, await mediator.Send(command, ct)))
            .RequirePermission(RegistryPermissions.PersonsWrite)
            .AcceptsIdempotencyKey<RegistryDbContext>()
            .WithExamples(PersonExample.Request, PersonExample.Response, StatusCodes.Status201Created)
            .WithSummary("登记实有人口（一人一档；重复身份证号返回 409 与 existingId）");
}
