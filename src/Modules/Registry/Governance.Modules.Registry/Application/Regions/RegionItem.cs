using System.Linq.Expressions;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Regions;

/// <summary>A region in a list: <see cref="HasChildren"/> tells a tree view whether it can open it.</summary>
internal sealed record RegionItem(string Code, string Prefix, string Name, RegionLevel Level, string? ParentCode, bool HasChildren)
{
    public static Expression<Func<Region, RegionItem>> Projection(RegistryDbContext db) =>
        r => new RegionItem(r.Code, r.Prefix, r.Name, r.Level, r.ParentCode, db.Regions.Any(c => c.ParentCode == r.Code));
}
