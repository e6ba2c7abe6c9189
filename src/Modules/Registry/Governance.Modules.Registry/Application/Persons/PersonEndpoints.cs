using Governance.Modules.Registry.Contracts.Persons;
using Governance.SharedKernel.Http;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>/persons: each use case maps its own route beside its handler; a person goes out with its ETag.</summary>
internal static class PersonEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var persons = endpoints.MapGroup("persons");
        RegisterPersonEndpoint.Map(persons);
        GetPersonEndpoint.Map(persons);
        ListPersonsEndpoint.Map(persons);
        UpdatePersonEndpoint.Map(persons);
        CorrectCitizenIdEndpoint.Map(persons);
        MergePersonsEndpoint.Map(persons);
        ListMergesEndpoint.Map(persons);
    }

    public static IResult Created(HttpContext http, RegisteredPerson registered)
    {
        EntityTags.Set(http, registered.Version);
        return Results.Created($"/api/registry/persons/{registered.Person.Id}", registered.Person);
    }

    public static PersonDto WithETag(HttpContext http, RegisteredPerson person)
    {
        EntityTags.Set(http, person.Version);
        return person.Person;
    }
}
