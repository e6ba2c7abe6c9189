using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Security;

namespace Governance.TestPlugins.Sender;

/// <summary>Who may see a note and its attachments: callers whose jurisdiction contains the note's scope.</summary>
internal sealed class NoteAccess(SenderDbContext db, ICurrentUser user) : IRecordAccess
{
    public string Module => "Sender";

    public string RecordType => "note";

    public string ReadPermission => "sender.notes.read";

    public Task<bool> CanReadAsync(string recordId, CancellationToken cancellationToken) => IsVisibleAsync(recordId, cancellationToken);

    public Task<bool> CanAttachAsync(string recordId, CancellationToken cancellationToken) => IsVisibleAsync(recordId, cancellationToken);

    private async Task<bool> IsVisibleAsync(string recordId, CancellationToken cancellationToken) =>
        Guid.TryParse(recordId, out var id)
        && await db.Notes.FindAsync([id], cancellationToken) is { } note
        && user.CanSee(note.ScopeCode);
}
