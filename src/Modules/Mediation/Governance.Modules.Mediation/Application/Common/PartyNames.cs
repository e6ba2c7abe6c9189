using Governance.Modules.Mediation.Domain;
using Governance.Modules.Registry.Contracts.Organisations;
using Governance.Modules.Registry.Contracts.Persons;
using MediatR;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>Display names of parties, asked from the Registry (the module keeps ids only, never a copy of the person).</summary>
internal sealed class PartyNames(IMediator mediator)
{
    public async Task<IReadOnlyDictionary<Guid, string>> OfAsync(IEnumerable<DisputeParty> parties, CancellationToken ct)
    {
        var list = parties.ToList();
        var persons = list.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value).Distinct().ToList();
        var units = list.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId!.Value).Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        if (persons.Count > 0)
        {
            foreach (var person in await mediator.Send(new GetPersonSummaries(persons), ct))
            {
                names[person.Id] = person.Name;
            }
        }

        if (units.Count > 0)
        {
            foreach (var unit in await mediator.Send(new GetOrganisationSummaries(units), ct))
            {
                names[unit.Id] = unit.Name;
            }
        }

        return names;
    }

    public static string NameOf(DisputeParty party, IReadOnlyDictionary<Guid, string> names) =>
        names.TryGetValue(party.PersonId ?? party.OrganisationId ?? Guid.Empty, out var name) ? name : "（未找到）";
}
