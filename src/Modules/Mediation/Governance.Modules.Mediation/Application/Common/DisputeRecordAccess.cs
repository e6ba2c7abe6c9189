using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>
/// Attachments of a dispute (调解记录照片, signed agreement scans …): seen by callers with mediation.read whose jurisdiction
/// contains the dispute; added by those with mediation.mediate.
/// </summary>
internal sealed class DisputeRecordAccess(MediationDbContext db, ICurrentUser user) : IRecordAccess
{
    public string Module => "Mediation";

    public string RecordType => "dispute";

    public Task<bool> CanReadAsync(string recordId, CancellationToken cancellationToken) =>
        VisibleAsync(recordId, MediationPermissions.Read, cancellationToken);

    public Task<bool> CanAttachAsync(string recordId, CancellationToken cancellationToken) =>
        VisibleAsync(recordId, MediationPermissions.Mediate, cancellationToken);

    private async Task<bool> VisibleAsync(string recordId, string permission, CancellationToken ct) =>
        user.HasPermission(permission) && Guid.TryParse(recordId, out var id)
        && await db.Disputes.WithinJurisdictionOf(user, d => d.ScopeCode).AnyAsync(d => d.Id == id, ct);
}
