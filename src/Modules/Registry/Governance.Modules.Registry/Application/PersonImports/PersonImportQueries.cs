using Governance.SharedKernel.Querying;
using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>An import's progress and outcome; <see cref="Errors"/> is one page of its row errors.</summary>
internal sealed record ImportView(
    Guid Id, string FileName, string Format, ImportState State, int RowsRead, int RowsValid, int RowsInvalid,
    int Inserted, int Updated, int Unchanged, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt, Paged<ImportErrorView>? Errors)
{
    public static ImportView From(PersonImport i, Paged<ImportErrorView>? errors) => new(
        i.Id, i.FileName, i.Format, i.State, i.RowsRead, i.RowsValid, i.RowsInvalid, i.Inserted, i.Updated,
        i.State == ImportState.Succeeded ? i.RowsValid - i.Inserted - i.Updated : 0,
        i.Error, i.CreatedAt, i.StartedAt, i.FinishedAt, errors);
}

/// <summary>A row error: the spreadsheet row (header = 1), the column header and the reason.</summary>
internal sealed record ImportErrorView(int Row, string Column, string Reason);

internal sealed record GetPersonImport(Guid Id, int Page = 1, int PageSize = 20) : IQuery<ImportView>, IPagedQuery;

internal sealed record ListPersonImports(int Page = 1, int PageSize = 20) : IQuery<Paged<ImportView>>, IPagedQuery;

internal sealed class GetPersonImportValidator : AbstractValidator<GetPersonImport>
{
    public GetPersonImportValidator() => Include(new PagedQueryValidator());
}

internal sealed class ListPersonImportsValidator : AbstractValidator<ListPersonImports>
{
    public ListPersonImportsValidator() => Include(new PagedQueryValidator());
}

internal sealed class PersonImportQueryHandlers(RegistryDbContext db, ICurrentUser user) :
    IRequestHandler<GetPersonImport, ImportView>,
    IRequestHandler<ListPersonImports, Paged<ImportView>>
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

    public async Task<Paged<ImportView>> Handle(ListPersonImports request, CancellationToken ct)
    {
        var prefix = user.Jurisdiction?.Code;
        var imports = db.PersonImports.AsNoTracking().Where(i => prefix != null && i.Jurisdiction.StartsWith(prefix));
        return (await imports.OrderByDescending(i => i.CreatedAt).ToPageAsync(request, ct)).Map(i => ImportView.From(i, null));
    }
}

internal static class PersonImportEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        StartPersonImport.Map(endpoints);
        endpoints.MapGet("persons/imports/{id:guid}", (Guid id, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetPersonImport(id, page ?? 1, pageSize ?? 20), ct))
            .RequirePermission(RegistryPermissions.PersonsImport)
            .WithSummary("导入进度与结果；errors 为分页的行级错误（行号、列、原因）");
        endpoints.MapGet("persons/imports", ([AsParameters] ListPersonImports query, IMediator mediator, CancellationToken ct) =>
                mediator.Send(query, ct))
            .RequirePermission(RegistryPermissions.PersonsImport)
            .WithSummary("辖区内的导入记录，最新在前");
    }
}
