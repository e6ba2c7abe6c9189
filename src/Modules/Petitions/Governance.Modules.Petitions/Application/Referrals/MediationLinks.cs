using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Referrals;

internal static class MediationLinks
{
    public const string SourceModule = "Petitions";

    /// <summary>Who the timeline names for steps the Mediation module reported.</summary>
    public const string Actor = "调解模块";

    public static async Task<Petition?> PetitionOfAsync(PetitionsDbContext db, string? sourceModule, string? sourceRecordId, CancellationToken ct) =>
        sourceModule == SourceModule && Guid.TryParse(sourceRecordId, out var id)
            ? await db.Petitions.Include(p => p.Extensions).FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
}
