using Governance.Modules.Registry.Contracts.Persons;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Persons;

internal sealed class GetPersonSummariesValidator : AbstractValidator<GetPersonSummaries>
{
    public GetPersonSummariesValidator() =>
        RuleFor(q => q.PersonIds).NotNull().Must(ids => ids.Count <= GetPersonSummaries.MaxIds)
            .WithMessage($"一次最多查询 {GetPersonSummaries.MaxIds} 人");
}

internal sealed class GetPersonSummariesHandler(RegistryDbContext db, PersonalData personalData, TimeProvider clock)
    : IRequestHandler<GetPersonSummaries, IReadOnlyList<PersonSummaryDto>>
{
    public async Task<IReadOnlyList<PersonSummaryDto>> Handle(GetPersonSummaries request, CancellationToken ct)
    {
        var ids = request.PersonIds.Distinct().ToList();
        var merged = await db.PersonMerges.AsNoTracking().Where(m => m.MergedPersonId != null && ids.Contains(m.MergedPersonId.Value))
            .Select(m => m.SurvivingPersonId).ToListAsync(ct);
        var wanted = ids.Concat(merged).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToListAsync(ct);
        await personalData.RecordUnmaskedReadAsync(PersonMapping.RecordType, persons.Select(p => p.Id), "其他模块列表显示完整身份证号和电话", ct);
        var today = CitizenId.TodayInChina(clock);
        return persons.Select(p => p.ToSummary(personalData.Unmasked, today)).ToList();
    }
}
