using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Domain;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>Answers the public query of Governance.Modules.Registry.Contracts for other modules.</summary>
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
