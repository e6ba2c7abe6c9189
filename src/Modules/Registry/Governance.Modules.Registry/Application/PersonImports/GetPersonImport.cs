using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.PersonImports;

internal sealed record GetPersonImport(Guid Id, int Page = 1, int PageSize = 20) : IQuery<ImportView>, IPagedQuery;

internal sealed class GetPersonImportValidator : AbstractValidator<GetPersonImport>
{
    public GetPersonImportValidator() => Include(new PagedQueryValidator());
}

internal sealed class GetPersonImportHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<GetPersonImport, ImportView>
{
    public async Task<ImportView> Handle(GetPersonImport request, CancellationToken ct)
    {
        var import = await db.PersonImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == request.Id, ct);
        if (import is null || !user.CanSee(import.Jurisdiction))
        {
            throw new NotFoundException($"导入 {request.Id} 不存在或不在您的辖区内");
        }

        var errors = await db.PersonImportErrors.AsNoTracking().Where(e => e.ImportId == import.Id).OrderBy(e => e.Seq)
            .Select(e => new ImportErrorView(e.Row, e.Column, e.Reason)).ToPageAsync(request, ct);
        return ImportView.From(import, errors);
    }
}

internal static class GetPersonImportEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("persons/imports/{id:guid}", (Guid id, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetPersonImport(id, page ?? 1, pageSize ?? 20), ct))
            .RequirePermission(RegistryPermissions.PersonsImport)
            .WithSummary("导入进度与结果；errors 为分页的行级错误（行号、列、原因）");
}
