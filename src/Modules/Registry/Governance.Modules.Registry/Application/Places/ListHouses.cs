using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>Houses by region, address, owner and rental flag.</summary>
internal sealed record ListHouses(string? RegionCode, Guid? AddressId, Guid? OwnerPersonId, bool? IsRental, HouseType? Type, int Page = 1, int PageSize = 20)
    : IQuery<Paged<HouseView>>, IPagedQuery;

internal sealed class ListHousesValidator : AbstractValidator<ListHouses>
{
    public ListHousesValidator()
    {
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.Type).IsInEnum();
        Include(new PagedQueryValidator());
    }
}

internal sealed class ListHousesHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<ListHouses, Paged<HouseView>>
{
    public async Task<Paged<HouseView>> Handle(ListHouses request, CancellationToken ct)
    {
        var houses = db.Houses.AsNoTracking().Within(user).InRegion(request.RegionCode);
        houses = request.AddressId is { } address ? houses.Where(h => h.AddressId == address) : houses;
        houses = request.OwnerPersonId is { } owner ? houses.Where(h => h.OwnerPersonId == owner) : houses;
        houses = request.IsRental is { } rental ? houses.Where(h => h.IsRental == rental) : houses;
        houses = request.Type is { } type ? houses.Where(h => h.Type == type) : houses;
        return (await houses.OrderByDescending(h => h.UpdatedAt).ThenBy(h => h.Id).ToPageAsync(request, ct)).Map(HouseView.From);
    }
}

internal static class ListHousesEndpoint
{
    public static void Map(IEndpointRouteBuilder houses) =>
        houses.MapGet("", ([AsParameters] ListHouses q, IMediator m, CancellationToken ct) => m.Send(q, ct))
            .Read()
            .WithSummary("房屋列表：按区划、地址、房主、是否出租、用途筛选，分页");
}
