using System.Text.Json;
using Governance.Modules.Registry.Contracts.Events;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Idempotency;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>
/// Merges <see cref="DuplicateId"/> into <see cref="SurvivorId"/> (查重合并): houses and units owned by the duplicate
/// move to the survivor, empty fields of the survivor are filled from the duplicate, the duplicate is deleted, the
/// merge is logged and <c>registry.persons-merged.v1</c> tells other modules to re-point their references. With
/// <see cref="KeepDuplicateCitizenId"/> the survivor takes the duplicate's citizen ID (the survivor's was wrong).
/// </summary>
internal sealed record MergePersons(Guid SurvivorId, Guid DuplicateId, bool KeepDuplicateCitizenId, string? Reason)
    : ICommand<MergeResult>, IAuditedCommand
{
    string? IAuditedCommand.AuditRecordType => "person";

    string? IAuditedCommand.AuditRecordId => SurvivorId.ToString();
}

internal sealed record MergeResult(Guid SurvivorId, Guid MergedId, Guid MergeLogId);

internal sealed class MergePersonsValidator : AbstractValidator<MergePersons>
{
    public MergePersonsValidator()
    {
        RuleFor(c => c.SurvivorId).NotEmpty().WithMessage("请指定保留的记录");
        RuleFor(c => c.DuplicateId).NotEmpty().WithMessage("请指定要合并掉的重复记录")
            .NotEqual(c => c.SurvivorId).WithMessage("保留记录和重复记录不能是同一条");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请说明合并原因").MaximumLength(500).WithMessage("合并原因最多 500 个字符");
    }
}

internal sealed class MergePersonsHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MergePersons, MergeResult>
{
    public async Task<MergeResult> Handle(MergePersons request, CancellationToken ct)
    {
        var survivor = await PersonLookup.VisibleAsync(db, user, request.SurvivorId, ct);
        var duplicate = await PersonLookup.VisibleAsync(db, user, request.DuplicateId, ct);
        var now = clock.GetUtcNow();
        var before = survivor.ToDto(unmasked: true);
        var previousCitizenId = survivor.CitizenId;

        await db.Houses.Where(h => h.OwnerPersonId == duplicate.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.OwnerPersonId, survivor.Id), ct);
        await db.Organisations.Where(o => o.LegalRepresentativePersonId == duplicate.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LegalRepresentativePersonId, survivor.Id), ct);
        db.Persons.Remove(duplicate);
        await db.SaveChangesAsync(ct);

        if (request.KeepDuplicateCitizenId)
        {
            (survivor.CitizenId, survivor.Sex, survivor.BirthDate) = (duplicate.CitizenId, duplicate.CitizenId.Sex, duplicate.CitizenId.BirthDate);
        }

        survivor.Phone ??= duplicate.Phone;
        survivor.HouseholdRegion ??= duplicate.HouseholdRegion;
        survivor.HouseholdAddress ??= duplicate.HouseholdAddress;
        survivor.UpdatedAt = now;

        var log = new PersonMerge
        {
            Id = Guid.CreateVersion7(now),
            Kind = PersonMerge.MergeKind,
            SurvivingPersonId = survivor.Id,
            MergedPersonId = duplicate.Id,
            MergedCitizenId = duplicate.CitizenId.Value,
            MergedSnapshot = JsonSerializer.Serialize(duplicate.ToDto(unmasked: true)),
            PreviousCitizenId = previousCitizenId.Value,
            CitizenId = survivor.CitizenId.Value,
            ScopeCode = survivor.ScopeCode,
            Reason = request.Reason!.Trim(),
            PerformedBy = user.UserId,
            PerformedAt = now,
        };
        db.PersonMerges.Add(log);
        db.Publish(new PersonsMerged(survivor.Id, duplicate.Id, survivor.ScopeCode, log.Reason) { OccurredAt = now });
        var changed = PersonMapping.ChangedFields(before, survivor.ToDto(unmasked: true));
        if (changed.Count > 0)
        {
            db.Publish(new PersonUpdated(survivor.Id, survivor.ScopeCode, changed) { OccurredAt = now });
        }

        return new MergeResult(survivor.Id, duplicate.Id, log.Id);
    }
}

internal static class MergePersonsEndpoint
{
    public static void Map(IEndpointRouteBuilder persons) =>
        persons.MapPost("merges", async (MergePersons command, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(command, ct)))
            .RequirePermission(RegistryPermissions.PersonsMerge)
            .AcceptsIdempotencyKey<RegistryDbContext>()
            .WithSummary("合并同一人的重复记录（记入合并日志并发布 registry.persons-merged.v1）");
}
