using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Common;

internal static class PetitionLookup
{
    public static IQueryable<Petition> Visible(this PetitionsDbContext db, ICurrentUser user) =>
        db.Petitions.WithinJurisdictionOf(user, p => p.ScopeCode);

    /// <summary>The petition if the caller's jurisdiction holds it; 404 otherwise (its existence is not revealed).</summary>
    public static async Task<Petition> FindVisibleAsync(this PetitionsDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.Visible(user).FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new NotFoundException("信访件不存在或不在您的辖区内");

    /// <summary>The petition a step changes: in the caller's jurisdiction and at the version the caller read.</summary>
    public static Task<Petition> ForChangeAsync(this PetitionsDbContext db, ICurrentUser user, CaseCommand command, CancellationToken ct) =>
        db.Petitions.ForChangeAsync(PetitionWorkflow.Definition, user, command.CaseId, command.ExpectedVersion, ct);
}
