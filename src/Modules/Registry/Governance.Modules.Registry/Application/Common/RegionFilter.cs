using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Common;

internal static class RegionFilter
{
    /// <summary>The records in a region (any level) and below it; all of them without a region code.</summary>
    public static IQueryable<T> InRegion<T>(this IQueryable<T> source, string? regionCode)
        where T : IScoped
    {
        if (regionCode is null)
        {
            return source;
        }

        var prefix = RegionCode.Parse(regionCode).Prefix;
        return source.Where(r => r.ScopeCode.StartsWith(prefix));
    }
}
