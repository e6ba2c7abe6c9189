using Governance.SharedKernel.Http;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>一标三实: standard addresses, houses and units. Every write needs registry.places.write, reads registry.places.read.</summary>
internal static class PlaceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var addresses = endpoints.MapGroup("addresses");
        addresses.MapPost("", (CreateAddress c, IMediator m, HttpContext h, CancellationToken ct) =>
            Created(h, m.Send(c, ct), a => ($"addresses/{a.Id}", a.Version))).Write().AcceptsIdempotencyKey<RegistryDbContext>().WithSummary("登记标准地址");
        addresses.MapGet("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
            Ok(h, m.Send(new GetAddress(id), ct), a => a.Version)).Read().WithSummary("标准地址详情");
        addresses.MapGet("", ([AsParameters] ListAddresses q, IMediator m, CancellationToken ct) => m.Send(q, ct)).Read()
            .WithSummary("标准地址列表：按区划、编码、地址文字筛选，分页");
        addresses.MapPut("{id:guid}", (Guid id, AddressChanges b, IMediator m, HttpContext h, CancellationToken ct) =>
            Ok(h, m.Send(new UpdateAddress(id, EntityTags.Required(h.Request), b), ct), a => a.Version)).Write().WithSummary("修改标准地址（需 If-Match）");
        addresses.MapDelete("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
            NoContent(m.Send(new DeleteAddress(id, EntityTags.Required(h.Request)), ct))).Write().WithSummary("删除未使用的标准地址（需 If-Match）");

        var houses = endpoints.MapGroup("houses");
        houses.MapPost("", (RegisterHouse c, IMediator m, HttpContext h, CancellationToken ct) =>
            Created(h, m.Send(c, ct), x => ($"houses/{x.Id}", x.Version))).Write().AcceptsIdempotencyKey<RegistryDbContext>().WithSummary("登记实有房屋（含出租房屋）");
        houses.MapGet("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
            Ok(h, m.Send(new GetHouse(id), ct), x => x.Version)).Read().WithSummary("房屋详情");
        houses.MapGet("", ([AsParameters] ListHouses q, IMediator m, CancellationToken ct) => m.Send(q, ct)).Read()
            .WithSummary("房屋列表：按区划、地址、房主、是否出租、用途筛选，分页");
        houses.MapPut("{id:guid}", (Guid id, HouseChanges b, IMediator m, HttpContext h, CancellationToken ct) =>
            Ok(h, m.Send(new UpdateHouse(id, EntityTags.Required(h.Request), b), ct), x => x.Version)).Write().WithSummary("修改房屋（需 If-Match）");
        houses.MapDelete("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
            NoContent(m.Send(new DeleteHouse(id, EntityTags.Required(h.Request)), ct))).Write().WithSummary("删除房屋（需 If-Match）");

        var units = endpoints.MapGroup("organisations");
        units.MapPost("", (RegisterOrganisation c, IMediator m, HttpContext h, CancellationToken ct) =>
            Created(h, m.Send(c, ct), o => ($"organisations/{o.Id}", o.Version))).Write().AcceptsIdempotencyKey<RegistryDbContext>().WithSummary("登记实有单位（统一社会信用代码查重）");
        units.MapGet("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
            Ok(h, m.Send(new GetOrganisation(id), ct), o => o.Version)).Read().WithSummary("单位详情");
        units.MapGet("", ([AsParameters] ListOrganisations q, IMediator m, CancellationToken ct) => m.Send(q, ct)).Read()
            .WithSummary("单位列表：按区划、名称、信用代码、类型筛选，分页");
        units.MapPut("{id:guid}", (Guid id, OrganisationChanges b, IMediator m, HttpContext h, CancellationToken ct) =>
            Ok(h, m.Send(new UpdateOrganisation(id, EntityTags.Required(h.Request), b), ct), o => o.Version)).Write().WithSummary("修改单位（需 If-Match）");
        units.MapDelete("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
            NoContent(m.Send(new DeleteOrganisation(id, EntityTags.Required(h.Request)), ct))).Write().WithSummary("删除单位（需 If-Match）");
    }

    private static RouteHandlerBuilder Read(this RouteHandlerBuilder builder) => builder.RequirePermission(RegistryPermissions.PlacesRead);

    private static RouteHandlerBuilder Write(this RouteHandlerBuilder builder) => builder.RequirePermission(RegistryPermissions.PlacesWrite);

    private static async Task<IResult> Created<T>(HttpContext http, Task<T> created, Func<T, (string Path, uint Version)> describe)
    {
        var value = await created;
        var (path, version) = describe(value);
        EntityTags.Set(http, version);
        return Results.Created($"/api/registry/{path}", value);
    }

    private static async Task<T> Ok<T>(HttpContext http, Task<T> read, Func<T, uint> version)
    {
        var value = await read;
        EntityTags.Set(http, version(value));
        return value;
    }

    private static async Task<IResult> NoContent<T>(Task<T> done)
    {
        await done;
        return Results.NoContent();
    }
}
