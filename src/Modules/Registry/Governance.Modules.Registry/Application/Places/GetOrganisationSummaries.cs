using Governance.Modules.Registry.Contracts.Organisations;

namespace Governance.Modules.Registry.Application.Places;

internal sealed class GetOrganisationSummariesValidator : AbstractValidator<GetOrganisationSummaries>
{
    public GetOrganisationSummariesValidator() =>
        RuleFor(q => q.OrganisationIds).NotNull().Must(ids => ids.Count <= GetOrganisationSummaries.MaxIds)
            .WithMessage($"一次最多查询 {GetOrganisationSummaries.MaxIds} 个单位");
}

internal sealed class GetOrganisationSummariesHandler(RegistryDbContext db)
    : IRequestHandler<GetOrganisationSummaries, IReadOnlyList<OrganisationSummaryDto>>
{
    public async Task<IReadOnlyList<OrganisationSummaryDto>> Handle(GetOrganisationSummaries request, CancellationToken ct)
    {
        var ids = request.OrganisationIds.Distinct().ToList();
        var units = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        return units.Select(o => new OrganisationSummaryDto(o.Id, o.Name, o.CreditCode.Value, o.ScopeCode)).ToList();
    }
}
