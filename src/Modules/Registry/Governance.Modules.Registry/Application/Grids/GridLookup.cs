using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Grids;

internal static class GridLookup
{
    public static async Task<Grid> VisibleAsync(RegistryDbContext db, ICurrentUser user, GridCode code, CancellationToken ct)
    {
        var grid = await db.Grids.FirstOrDefaultAsync(g => g.Code == code, ct);
        return user.EnsureVisible(grid, $"网格 {code} ");
    }
}
