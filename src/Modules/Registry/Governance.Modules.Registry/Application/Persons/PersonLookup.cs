using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Errors;

namespace Governance.Modules.Registry.Application.Persons;

internal static class PersonLookup
{
    /// <summary>The person if it exists and lies within the caller's jurisdiction; 404 otherwise (naming a merge).</summary>
    public static async Task<Person> VisibleAsync(RegistryDbContext db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null && await SurvivorOfAsync(db, id, ct) is { } survivor)
        {
            throw new NotFoundException($"人员 {id} 已合并到 {survivor}，请使用合并后的记录");
        }

        return user.EnsureVisible(person, $"人员 {id} ");
    }

    /// <summary>The record a merged id now lives on, following merges of merges; null when the id was never merged.</summary>
    public static async Task<Guid?> SurvivorOfAsync(RegistryDbContext db, Guid id, CancellationToken ct)
    {
        Guid? survivor = null;
        for (var hops = 0; hops < 10; hops++)
        {
            var current = survivor ?? id;
            var next = await db.PersonMerges.Where(m => m.MergedPersonId == current)
                .Select(m => (Guid?)m.SurvivingPersonId).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                break;
            }

            survivor = next;
        }

        return survivor;
    }
}
