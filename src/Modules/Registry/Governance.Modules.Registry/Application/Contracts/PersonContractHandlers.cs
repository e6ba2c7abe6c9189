using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Application.Persons;
using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Contracts;

// The public queries of Governance.Modules.Registry.Contracts, for other modules.

internal sealed class GetPersonByIdHandler(RegistryDbContext db, PersonalData personalData) : IRequestHandler<GetPersonById, PersonDto?>
{
    public async Task<PersonDto?> Handle(GetPersonById request, CancellationToken ct)
    {
        var id = await PersonLookup.SurvivorOfAsync(db, request.PersonId, ct) ?? request.PersonId;
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return await Reveal(person, personalData, ct);
    }

    public static async Task<PersonDto?> Reveal(Person? person, PersonalData personalData, CancellationToken ct)
    {
        if (person is null)
        {
            return null;
        }

        await personalData.RecordUnmaskedReadAsync(PersonMapping.RecordType, [person.Id], "其他模块查询人员完整身份证号和电话", ct);
        return person.ToDto(personalData.Unmasked);
    }
}

internal sealed class GetPersonByCitizenIdValidator : AbstractValidator<GetPersonByCitizenId>
{
    public GetPersonByCitizenIdValidator() => RuleFor(q => q.CitizenId).NotEmpty().MustBeCitizenId();
}

internal sealed class GetPersonByCitizenIdHandler(RegistryDbContext db, PersonalData personalData)
    : IRequestHandler<GetPersonByCitizenId, PersonDto?>
{
    public async Task<PersonDto?> Handle(GetPersonByCitizenId request, CancellationToken ct)
    {
        var citizenId = CitizenId.Parse(request.CitizenId);
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.CitizenId == citizenId, ct);
        return await GetPersonByIdHandler.Reveal(person, personalData, ct);
    }
}

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
