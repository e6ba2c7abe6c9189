using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

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
