using Governance.SharedKernel.Http;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Grids;

internal sealed record GetGrid(string Code) : IQuery<GridView>;

internal sealed class GetGridValidator : AbstractValidator<GetGrid>
{
    public GetGridValidator() => RuleFor(q => q.Code).MustBeGridCode();
}

internal sealed class GetGridHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<GetGrid, GridView>
{
    public async Task<GridView> Handle(GetGrid request, CancellationToken ct) =>
        GridView.From(await GridLookup.VisibleAsync(db, user, GridCode.Parse(request.Code), ct));
}

internal static class GetGridEndpoint
{
    public static void Map(IEndpointRouteBuilder grids) =>
        grids.MapGet("{code}", async (string code, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var grid = await mediator.Send(new GetGrid(code), ct);
                EntityTags.Set(http, grid.Version);
                return grid;
            })
            .RequirePermission(RegistryPermissions.GridsRead)
            .WithSummary("网格详情（含边界 GeoJSON）");
}
