using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.PersonImports;

internal sealed record ListPersonImports(int Page = 1, int PageSize = 20) : IQuery<Paged<ImportView>>, IPagedQuery;

internal sealed class ListPersonImportsValidator : AbstractValidator<ListPersonImports>
{
    public ListPersonImportsValidator() => Include(new PagedQueryValidator());
}

internal sealed class ListPersonImportsHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<ListPersonImports, Paged<ImportView>>
{
    public async Task<Paged<ImportView>> Handle(ListPersonImports request, CancellationToken ct)
    {
        var prefix = user.Jurisdiction?.Code;
        var imports = db.PersonImports.AsNoTracking().Where(i => prefix != null && i.Jurisdiction.StartsWith(prefix));
        return (await imports.OrderByDescending(i => i.CreatedAt).ToPageAsync(request, ct)).Map(i => ImportView.From(i, null));
    }
}

internal static class ListPersonImportsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("persons/imports", ([AsParameters] ListPersonImports query, IMediator mediator, CancellationToken ct) =>
                mediator.Send(query, ct))
            .RequirePermission(RegistryPermissions.PersonsImport)
            .WithSummary("辖区内的导入记录，最新在前");
}
