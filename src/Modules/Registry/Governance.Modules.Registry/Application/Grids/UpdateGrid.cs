using System.Text.Json;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Grids;

/// <summary>The body of PUT /grids/{code}.</summary>
internal sealed record GridChanges(string? Name, IReadOnlyList<Guid>? WorkerIds, JsonElement? Boundary);

internal sealed record UpdateGrid(string Code, uint ExpectedVersion, string? Name, IReadOnlyList<Guid>? WorkerIds, JsonElement? Boundary)
    : ICommand<GridView>, IGridFields;

internal sealed class UpdateGridValidator : AbstractValidator<UpdateGrid>
{
    public UpdateGridValidator()
    {
        RuleFor(c => c.Code).MustBeGridCode();
        Include(new GridFieldsValidator());
    }
}

internal sealed class UpdateGridHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateGrid, GridView>
{
    public async Task<GridView> Handle(UpdateGrid request, CancellationToken ct)
    {
        var grid = await GridLookup.VisibleAsync(db, user, GridCode.Parse(request.Code), ct);
        EntityTags.EnsureCurrent(request.ExpectedVersion, grid.Version, "网格");
        grid.Name = request.Name!.Trim();
        grid.WorkerIds = request.WorkerIds?.ToList() ?? [];
        grid.Boundary = GridFieldsValidator.BoundaryText(request.Boundary);
        grid.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return GridView.From(grid);
    }
}

internal static class UpdateGridEndpoint
{
    public static void Map(IEndpointRouteBuilder grids) =>
        grids.MapPut("{code}", async (string code, GridChanges body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var grid = await mediator.Send(
                    new UpdateGrid(code, EntityTags.Required(http.Request), body.Name, body.WorkerIds, body.Boundary), ct);
                EntityTags.Set(http, grid.Version);
                return grid;
            })
            .RequirePermission(RegistryPermissions.GridsWrite)
            .WithSummary("修改网格名称、网格员和边界（需 If-Match）");
}
