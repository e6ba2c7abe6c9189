using Governance.Modules.Registry.Domain;

namespace Governance.Modules.Registry.Application.Regions;

internal static class RegionVisibility
{
    /// <summary>
    /// Regions within the caller's jurisdiction and the regions above it; nothing without a jurisdiction; every region
    /// for an administrator, who assigns jurisdictions.
    /// </summary>
    public static IQueryable<Region> VisibleTo(this IQueryable<Region> regions, ICurrentUser user)
    {
        if (user.HasPermission(PlatformPermissions.Administer))
        {
            return regions;
        }

        if (user.Jurisdiction is not { } jurisdiction)
        {
            return regions.Where(_ => false);
        }

        var prefix = jurisdiction.Code;
        var ancestors = RegionDirectory.AncestorsOf(jurisdiction);
        return regions.Where(r => r.Prefix.StartsWith(prefix) || ancestors.Contains(r.Code));
    }
}
