using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>Standard addresses by region or grid (and below), code or text (contains); sort code or fullText.</summary>
internal sealed record ListAddresses(string? RegionCode, string? Code, string? Text, string? Sort, int Page = 1, int PageSize = 20)
    : IQuery<Paged<AddressView>>, IPagedQuery;

internal sealed class ListAddressesValidator : AbstractValidator<ListAddresses>
{
    public ListAddressesValidator()
    {
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.Sort).Must(s => s is null or "code" or "fullText").WithMessage("排序应为 code 或 fullText");
        Include(new PagedQueryValidator());
    }
}

internal sealed class ListAddressesHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<ListAddresses, Paged<AddressView>>
{
    public async Task<Paged<AddressView>> Handle(ListAddresses request, CancellationToken ct)
    {
        var addresses = db.Addresses.AsNoTracking().Within(user).InRegion(request.RegionCode);
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
}

internal static class ListAddressesEndpoint
{
    public static void Map(IEndpointRouteBuilder addresses) =>
        addresses.MapGet("", ([AsParameters] ListAddresses q, IMediator m, CancellationToken ct) => m.Send(q, ct))
            .Read()
            .WithSummary("标准地址列表：按区划、编码、地址文字筛选，分页");
}
