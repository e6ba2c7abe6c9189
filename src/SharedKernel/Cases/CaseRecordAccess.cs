using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// Who reaches a case's attachments: holders of <paramref name="readPermission"/> whose jurisdiction contains the case
/// read them; holders of any of <paramref name="attachPermissions"/> add them. Anything else is answered as not found.
/// A module registers one per case type: <c>services.AddScoped&lt;IRecordAccess, PetitionRecordAccess&gt;()</c>.
/// </summary>
public abstract class CaseRecordAccess<TCase, TState, TAction>(
    ModuleDbContext db, ICurrentUser user, string module, string recordType, string readPermission, params string[] attachPermissions)
    : IRecordAccess
    where TCase : CaseRecord<TCase, TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    public string Module => module;

    public string RecordType => recordType;

    public string ReadPermission => readPermission;

    public Task<bool> CanReadAsync(string recordId, CancellationToken cancellationToken) =>
        user.HasPermission(readPermission) ? IsVisibleAsync(recordId, cancellationToken) : Task.FromResult(false);

    public Task<bool> CanAttachAsync(string recordId, CancellationToken cancellationToken) =>
        attachPermissions.Any(user.HasPermission) ? IsVisibleAsync(recordId, cancellationToken) : Task.FromResult(false);

    private async Task<bool> IsVisibleAsync(string recordId, CancellationToken ct) =>
        Guid.TryParse(recordId, out var id)
        && await db.Set<TCase>().WithinJurisdictionOf(user, c => c.ScopeCode).AnyAsync(c => c.Id == id, ct);
}
