using Governance.Modules.Registry.Contracts.Persons;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Persons;

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
