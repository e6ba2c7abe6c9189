using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>Units by region, name (contains), credit code and type; sort name or creditCode.</summary>
internal sealed record ListOrganisations(string? RegionCode, string? Name, string? CreditCode, OrganisationType? Type, string? Sort, int Page = 1, int PageSize = 20)
    : IQuery<Paged<OrganisationView>>, IPagedQuery;

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

internal sealed class ListOrganisationsHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<ListOrganisations, Paged<OrganisationView>>
{
    public async Task<Paged<OrganisationView>> Handle(ListOrganisations request, CancellationToken ct)
    {
        var units = db.Organisations.AsNoTracking().Within(user).InRegion(request.RegionCode);
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
}

internal static class ListOrganisationsEndpoint
{
    public static void Map(IEndpointRouteBuilder organisations) =>
        organisations.MapGet("", ([AsParameters] ListOrganisations q, IMediator m, CancellationToken ct) => m.Send(q, ct))
            .Read()
            .WithSummary("单位列表：按区划、名称、信用代码、类型筛选，分页");
}
