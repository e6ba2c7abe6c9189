using Governance.SharedKernel.Http;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Registry.Application.Persons;

internal static class PersonEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var persons = endpoints.MapGroup("persons");
        persons.MapPost("", async (RegisterPerson command, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Created(http, await mediator.Send(command, ct)))
            .RequirePermission(RegistryPermissions.PersonsWrite)
            .AcceptsIdempotencyKey<RegistryDbContext>()
            .WithExamples(PersonExample.Request, PersonExample.Response, StatusCodes.Status201Created)
            .WithSummary("登记实有人口（一人一档；重复身份证号返回 409 与 existingId）");
        persons.MapGet("{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WithETag(http, await mediator.Send(new GetPerson(id), ct)))
            .RequirePermission(RegistryPermissions.PersonsRead)
            .WithSummary("人员详情（身份证号、电话默认脱敏）");
        persons.MapGet("", ([AsParameters] SearchPersons query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(RegistryPermissions.PersonsRead)
            .WithSummary("按身份证号、姓名、电话、区划、网格、人口类型查找人员，分页");
        persons.MapPut("{id:guid}", async (Guid id, PersonChanges body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WithETag(http, await mediator.Send(new UpdatePerson(id, EntityTags.Required(http.Request), body), ct)))
            .RequirePermission(RegistryPermissions.PersonsWrite)
            .WithSummary("修改人员信息（需 If-Match）");
        persons.MapPut("{id:guid}/citizen-id", async (Guid id, CitizenIdCorrection body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WithETag(http, await mediator.Send(new CorrectCitizenId(id, EntityTags.Required(http.Request), body.CitizenId, body.Reason), ct)))
            .RequirePermission(RegistryPermissions.PersonsMerge)
            .WithSummary("更正录错的身份证号（记入合并日志，需 If-Match）");
        persons.MapPost("merges", async (MergePersons command, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(command, ct)))
            .RequirePermission(RegistryPermissions.PersonsMerge)
            .AcceptsIdempotencyKey<RegistryDbContext>()
            .WithSummary("合并同一人的重复记录（记入合并日志并发布 registry.persons-merged.v1）");
        persons.MapGet("merges", ([AsParameters] ListMerges query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(RegistryPermissions.PersonsRead)
            .WithSummary("合并日志，分页");
    }

    private static IResult Created(HttpContext http, RegisteredPerson registered)
    {
        EntityTags.Set(http, registered.Version);
        return Results.Created($"/api/registry/persons/{registered.Person.Id}", registered.Person);
    }

    private static PersonDto WithETag(HttpContext http, RegisteredPerson person)
    {
        EntityTags.Set(http, person.Version);
        return person.Person;
    }
}
