using Governance.Modules.Registry.Contracts.Events;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>The body of PUT /persons/{id}/citizen-id.</summary>
internal sealed record CitizenIdCorrection(string? CitizenId, string? Reason);

/// <summary>
/// Corrects a wrongly entered citizen ID; sex and birth date follow the new number. When the new number already
/// belongs to another record this is a duplicate: 409 with <c>existingId</c>, to be merged instead.
/// </summary>
internal sealed record CorrectCitizenId(Guid Id, uint ExpectedVersion, string? CitizenId, string? Reason) : ICommand<RegisteredPerson>;

internal sealed class CorrectCitizenIdValidator : AbstractValidator<CorrectCitizenId>
{
    public CorrectCitizenIdValidator()
    {
        RuleFor(c => c.CitizenId).NotEmpty().WithMessage("请填写正确的身份证号码").MustBeCitizenId();
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请说明更正原因").MaximumLength(500).WithMessage("更正原因最多 500 个字符");
    }
}

internal sealed class CorrectCitizenIdHandler(RegistryDbContext db, ICurrentUser user, PersonalData personalData, TimeProvider clock)
    : IRequestHandler<CorrectCitizenId, RegisteredPerson>
{
    public async Task<RegisteredPerson> Handle(CorrectCitizenId request, CancellationToken ct)
    {
        var person = await PersonLookup.VisibleAsync(db, user, request.Id, ct);
        EntityTags.EnsureCurrent(request.ExpectedVersion, person.Version, "人员信息");
        var corrected = SharedKernel.Identifiers.CitizenId.Parse(request.CitizenId!, SharedKernel.Identifiers.CitizenId.TodayInChina(clock));
        if (corrected == person.CitizenId)
        {
            throw new BusinessRuleException("新身份证号与原号码相同，无需更正。");
        }

        if (await db.Persons.Where(p => p.CitizenId == corrected).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct) is { } other)
        {
            throw new ConflictException(
                $"身份证号 {corrected.Masked} 已属于另一条记录：两条记录是同一人时请合并（POST /api/registry/persons/merges）。",
                new Dictionary<string, object?> { ["existingId"] = other });
        }

        var now = clock.GetUtcNow();
        db.PersonMerges.Add(new PersonMerge
        {
            Id = Guid.CreateVersion7(now),
            Kind = PersonMerge.CorrectionKind,
            SurvivingPersonId = person.Id,
            PreviousCitizenId = person.CitizenId.Value,
            CitizenId = corrected.Value,
            ScopeCode = person.ScopeCode,
            Reason = request.Reason!.Trim(),
            PerformedBy = user.UserId,
            PerformedAt = now,
        });
        (person.CitizenId, person.Sex, person.BirthDate, person.UpdatedAt) = (corrected, corrected.Sex, corrected.BirthDate, now);
        db.Publish(new PersonUpdated(person.Id, person.ScopeCode, ["citizenId", "sex", "birthDate"]) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        await personalData.RecordUnmaskedReadAsync(PersonMapping.RecordType, [person.Id], "更正后返回完整身份证号", ct);
        return new RegisteredPerson(person.ToDto(personalData.Unmasked), person.Version);
    }
}

internal static class CorrectCitizenIdEndpoint
{
    public static void Map(IEndpointRouteBuilder persons) =>
        persons.MapPut("{id:guid}/citizen-id", async (Guid id, CitizenIdCorrection body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                PersonEndpoints.WithETag(http, await mediator.Send(new CorrectCitizenId(id, EntityTags.Required(http.Request), body.CitizenId, body.Reason), ct)))
            .RequirePermission(RegistryPermissions.PersonsMerge)
            .WithSummary("更正录错的身份证号（记入合并日志，需 If-Match）");
}
