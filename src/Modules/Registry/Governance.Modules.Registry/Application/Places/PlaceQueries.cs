using Governance.SharedKernel.Querying;
using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record GetAddress(Guid Id) : IQuery<AddressView>;

internal sealed record GetHouse(Guid Id) : IQuery<HouseView>;

internal sealed record GetOrganisation(Guid Id) : IQuery<OrganisationView>;

/// <summary>Standard addresses by region or grid (and below), code or text (contains); sort code or fullText.</summary>
internal sealed record ListAddresses(string? RegionCode, string? Code, string? Text, string? Sort, int Page = 1, int PageSize = 20)
    : IQuery<Paged<AddressView>>, IPagedQuery;

/// <summary>Houses by region, address, owner and rental flag.</summary>
internal sealed record ListHouses(string? RegionCode, Guid? AddressId, Guid? OwnerPersonId, bool? IsRental, HouseType? Type, int Page = 1, int PageSize = 20)
    : IQuery<Paged<HouseView>>, IPagedQuery;

/// <summary>Units by region, name (contains), credit code and type; sort name or creditCode.</summary>
internal sealed record ListOrganisations(string? RegionCode, string? Name, string? CreditCode, OrganisationType? Type, string? Sort, int Page = 1, int PageSize = 20)
    : IQuery<Paged<OrganisationView>>, IPagedQuery;

internal sealed class ListAddressesValidator : AbstractValidator<ListAddresses>
{
    public ListAddressesValidator()
    {
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.Sort).Must(s => s is null or "code" or "fullText").WithMessage("排序应为 code 或 fullText");
        Include(new PagedQueryValidator());
    }
}

internal sealed class ListHousesValidator : AbstractValidator<ListHouses>
{
    public ListHousesValidator()
    {
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.Type).IsInEnum();
        Include(new PagedQueryValidator());
    }
}

internal sealed class ListOrganisationsValidator : AbstractValidator<ListOrganisations>
{
    public ListOrganisationsValidator()
    {
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.CreditCode).MustBeUnifiedSocialCreditCode();
        RuleFor(q => q.Type).IsInEnum();
        RuleFor(q => q.Sort).Must(s => s is null or "name" or "creditCode").WithMessage("排序应为 name 或 creditCode");
        Include(new PagedQueryValidator());
    }
}

internal sealed class PlaceQueryHandlers(RegistryDbContext db, ICurrentUser user) :
    IRequestHandler<GetAddress, AddressView>,
    IRequestHandler<GetHouse, HouseView>,
    IRequestHandler<GetOrganisation, OrganisationView>,
    IRequestHandler<ListAddresses, Paged<AddressView>>,
    IRequestHandler<ListHouses, Paged<HouseView>>,
    IRequestHandler<ListOrganisations, Paged<OrganisationView>>
{
    public async Task<AddressView> Handle(GetAddress request, CancellationToken ct) =>
        AddressView.From(user.EnsureVisible(await db.Addresses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, ct), "地址"));

    public async Task<HouseView> Handle(GetHouse request, CancellationToken ct) =>
        HouseView.From(user.EnsureVisible(await db.Houses.AsNoTracking().FirstOrDefaultAsync(h => h.Id == request.Id, ct), "房屋"));

    public async Task<OrganisationView> Handle(GetOrganisation request, CancellationToken ct) =>
        OrganisationView.From(user.EnsureVisible(await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.Id, ct), "单位"));

    public async Task<Paged<AddressView>> Handle(ListAddresses request, CancellationToken ct)
    {
        var addresses = InRegion(db.Addresses.AsNoTracking().Within(user), request.RegionCode);
        if (!string.IsNullOrWhiteSpace(request.Code))
        {
            addresses = addresses.Where(a => a.Code == request.Code.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            addresses = addresses.Where(a => a.FullText.Contains(request.Text.Trim()));
        }

        addresses = request.Sort == "fullText" ? addresses.OrderBy(a => a.FullText).ThenBy(a => a.Id) : addresses.OrderBy(a => a.Code);
        return (await addresses.ToPageAsync(request, ct)).Map(AddressView.From);
    }

    public async Task<Paged<HouseView>> Handle(ListHouses request, CancellationToken ct)
    {
        var houses = InRegion(db.Houses.AsNoTracking().Within(user), request.RegionCode);
        houses = request.AddressId is { } address ? houses.Where(h => h.AddressId == address) : houses;
        houses = request.OwnerPersonId is { } owner ? houses.Where(h => h.OwnerPersonId == owner) : houses;
        houses = request.IsRental is { } rental ? houses.Where(h => h.IsRental == rental) : houses;
        houses = request.Type is { } type ? houses.Where(h => h.Type == type) : houses;
        return (await houses.OrderByDescending(h => h.UpdatedAt).ThenBy(h => h.Id).ToPageAsync(request, ct)).Map(HouseView.From);
    }

    public async Task<Paged<OrganisationView>> Handle(ListOrganisations request, CancellationToken ct)
    {
        var units = InRegion(db.Organisations.AsNoTracking().Within(user), request.RegionCode);
        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            units = units.Where(o => o.Name.Contains(request.Name.Trim()));
        }

        if (request.CreditCode is not null)
        {
            var code = UnifiedSocialCreditCode.Parse(request.CreditCode);
            units = units.Where(o => o.CreditCode == code);
        }

        units = request.Type is { } type ? units.Where(o => o.Type == type) : units;
        units = request.Sort == "creditCode" ? units.OrderBy(o => o.CreditCode) : units.OrderBy(o => o.Name).ThenBy(o => o.Id);
        return (await units.ToPageAsync(request, ct)).Map(OrganisationView.From);
    }

    private static IQueryable<T> InRegion<T>(IQueryable<T> source, string? regionCode)
        where T : IScoped
    {
        if (regionCode is null)
        {
            return source;
        }

        var prefix = RegionCode.Parse(regionCode).Prefix;
        return source.Where(r => r.ScopeCode.StartsWith(prefix));
    }
}
