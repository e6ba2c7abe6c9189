using Governance.Modules.Registry.Contracts.Regions;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Regions;

/// <summary>Looks regions up by code with their ancestry, and decides which regions a caller may browse.</summary>
internal sealed class RegionDirectory(RegistryDbContext db)
{
    public Task<Region?> FindAsync(RegionCode code, CancellationToken ct) =>
        db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code.Value, ct);

    public Task<bool> ExistsAsync(RegionCode code, CancellationToken ct) =>
        db.Regions.AnyAsync(r => r.Code == code.Value, ct);

    /// <summary>The region with every ancestor in the table, province first; null when the region is unknown.</summary>
    public async Task<RegionDto?> DescribeAsync(RegionCode code, CancellationToken ct)
    {
        var chain = Chain(code).Select(c => c.Value).ToList();
        var found = await db.Regions.AsNoTracking().Where(r => chain.Contains(r.Code)).ToListAsync(ct);
        var self = found.FirstOrDefault(r => r.Code == code.Value);
        if (self is null)
        {
            return null;
        }

        var ancestors = found.Where(r => r.Code != code.Value).OrderBy(r => r.Level)
            .Select(r => new RegionAncestorDto(r.Code, r.Name, r.Level)).ToList();
        var fullName = string.Concat(ancestors.Select(a => a.Name).Append(self.Name).Where(n => n != "市辖区"));
        return new RegionDto(self.Code, self.Prefix, self.Name, self.Level, fullName, ancestors);
    }

    /// <summary>The region and its ancestors, the region first.</summary>
    public static IEnumerable<RegionCode> Chain(RegionCode code)
    {
        for (RegionCode? current = code; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }

    /// <summary>
    /// Codes of the regions above the caller's jurisdiction (for breadcrumbs); with the jurisdiction's own subtree
    /// (<see cref="Jurisdiction.Code"/> prefix) they are what the caller may browse.
    /// </summary>
    public static IReadOnlyList<string> AncestorsOf(Jurisdiction jurisdiction)
    {
        var code = jurisdiction.Code.Length > RegionCode.CanonicalLength
            ? jurisdiction.Code[..RegionCode.CanonicalLength]
            : jurisdiction.Code;
        return RegionCode.TryParse(code, out var region, out _)
            ? Chain(region).Select(c => c.Value).ToList()
            : [];
    }
}
