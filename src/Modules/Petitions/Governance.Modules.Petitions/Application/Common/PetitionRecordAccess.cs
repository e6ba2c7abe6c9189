using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>
/// Who reaches a petition's attachments (letters, scans) at <c>/api/attachments/Petitions/petition/{id}</c>: readers of
/// petitions within whose jurisdiction it is; adding them needs the right to register or handle petitions.
/// </summary>
internal sealed class PetitionRecordAccess(PetitionsDbContext db, ICurrentUser user) : IRecordAccess
{
    public string Module => "Petitions";

    public string RecordType => "petition";

    public Task<bool> CanReadAsync(string recordId, CancellationToken cancellationToken) =>
        user.HasPermission(PetitionPermissions.Read) ? IsVisibleAsync(recordId, cancellationToken) : Task.FromResult(false);

    public Task<bool> CanAttachAsync(string recordId, CancellationToken cancellationToken) =>
        user.HasPermission(PetitionPermissions.Register) || user.HasPermission(PetitionPermissions.Handle)
            ? IsVisibleAsync(recordId, cancellationToken)
            : Task.FromResult(false);

    private async Task<bool> IsVisibleAsync(string recordId, CancellationToken cancellationToken) =>
        Guid.TryParse(recordId, out var id) && await db.Visible(user).AnyAsync(p => p.Id == id, cancellationToken);
}
