using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Grids;

/// <summary>Deletes an empty grid; one that persons, addresses or units still refer to is refused (422).</summary>
internal sealed record DeleteGrid(string Code, uint ExpectedVersion) : ICommand<Unit>, IAuditedCommand
{
    string? IAuditedCommand.AuditRecordType => "grid";

    string? IAuditedCommand.AuditRecordId => Code;
}

internal sealed class DeleteGridValidator : AbstractValidator<DeleteGrid>
{
    public DeleteGridValidator() => RuleFor(c => c.Code).MustBeGridCode();
}

internal sealed class DeleteGridHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<DeleteGrid, Unit>
{
    public async Task<Unit> Handle(DeleteGrid request, CancellationToken ct)
    {
        var code = GridCode.Parse(request.Code);
        var grid = await GridLookup.VisibleAsync(db, user, code, ct);
        EntityTags.EnsureCurrent(request.ExpectedVersion, grid.Version, "网格");
        var persons = await db.Persons.CountAsync(p => p.Grid == code, ct);
        var places = await db.Addresses.CountAsync(a => a.Grid == code, ct) + await db.Organisations.CountAsync(o => o.Grid == code, ct);
        if (persons + places > 0)
        {
            throw new BusinessRuleException(
                $"网格 {code} 仍有 {persons} 名人员、{places} 个地址或单位，请先将其调整到其他网格再删除。",
                new Dictionary<string, object?> { ["persons"] = persons, ["places"] = places });
        }

        db.Grids.Remove(grid);
        return Unit.Value;
    }
}

internal static class DeleteGridEndpoint
{
    public static void Map(IEndpointRouteBuilder grids) =>
        grids.MapDelete("{code}", async (string code, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteGrid(code, EntityTags.Required(http.Request)), ct);
                return Results.NoContent();
            })
            .RequirePermission(RegistryPermissions.GridsWrite)
            .WithSummary("删除空网格（需 If-Match）");
}
