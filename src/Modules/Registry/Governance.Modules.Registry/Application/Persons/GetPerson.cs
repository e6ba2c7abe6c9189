namespace Governance.Modules.Registry.Application.Persons;

internal sealed record GetPerson(Guid Id) : IQuery<RegisteredPerson>;

internal sealed class GetPersonHandler(RegistryDbContext db, ICurrentUser user, PersonalData personalData)
    : IRequestHandler<GetPerson, RegisteredPerson>
{
    public async Task<RegisteredPerson> Handle(GetPerson request, CancellationToken ct)
    {
        var person = await PersonLookup.VisibleAsync(db, user, request.Id, ct);
        await personalData.RecordUnmaskedReadAsync(PersonMapping.RecordType, [person.Id], "查看人员完整身份证号和电话", ct);
        return new RegisteredPerson(person.ToDto(personalData.Unmasked), person.Version);
    }
}

internal static class GetPersonEndpoint
{
    public static void Map(IEndpointRouteBuilder persons) =>
        persons.MapGet("{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                PersonEndpoints.WithETag(http, await mediator.Send(new GetPerson(id), ct)))
            .RequirePermission(RegistryPermissions.PersonsRead)
            .WithSummary("人员详情（身份证号、电话默认脱敏）");
}
