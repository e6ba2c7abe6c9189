using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>An entry of the merge log as listed: the ID numbers are masked unless the caller may see them.</summary>
internal sealed record MergeLogItem(
    Guid Id, string Kind, Guid SurvivingPersonId, Guid? MergedPersonId, string PreviousCitizenId, string CitizenId,
    string? MergedCitizenId, string Reason, Guid? PerformedBy, DateTimeOffset PerformedAt);

/// <summary>The merge log within the caller's jurisdiction, newest first, optionally of one person.</summary>
internal sealed record ListMerges(Guid? PersonId, int Page = 1, int PageSize = 20) : IQuery<Paged<MergeLogItem>>, IPagedQuery;

internal sealed class ListMergesValidator : FluentValidation.AbstractValidator<ListMerges>
{
    public ListMergesValidator() => Include(new PagedQueryValidator());
}

internal sealed class ListMergesHandler(RegistryDbContext db, ICurrentUser user, PersonalData personalData)
    : IRequestHandler<ListMerges, Paged<MergeLogItem>>
{
    public async Task<Paged<MergeLogItem>> Handle(ListMerges request, CancellationToken ct)
    {
        var merges = db.PersonMerges.AsNoTracking().Within(user);
        if (request.PersonId is { } id)
        {
            merges = merges.Where(m => m.SurvivingPersonId == id || m.MergedPersonId == id);
        }

        var page = await merges.OrderByDescending(m => m.PerformedAt).ThenBy(m => m.Id).ToPageAsync(request, ct);
        await personalData.RecordUnmaskedReadAsync("person-merge", page.Items.Select(m => m.Id), "合并日志显示完整身份证号", ct);
        return page.Map(m => new MergeLogItem(m.Id, m.Kind, m.SurvivingPersonId, m.MergedPersonId,
            Show(m.PreviousCitizenId), Show(m.CitizenId), m.MergedCitizenId is null ? null : Show(m.MergedCitizenId),
            m.Reason, m.PerformedBy, m.PerformedAt));
    }

    private string Show(string citizenId) =>
        personalData.Unmasked ? citizenId : SharedKernel.Identifiers.CitizenId.Parse(citizenId).Masked;
}

internal static class ListMergesEndpoint
{
    public static void Map(IEndpointRouteBuilder persons) =>
        persons.MapGet("merges", ([AsParameters] ListMerges query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(RegistryPermissions.PersonsRead)
            .WithSummary("合并日志，分页");
}
