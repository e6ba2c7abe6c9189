using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;

namespace Governance.TestPlugins.Sender;

internal sealed record CloseNote(Guid Id) : ICommand<bool>, IAuditedCommand
{
    string? IAuditedCommand.AuditRecordId => Id.ToString();
}

internal sealed class CloseNoteHandler(SenderDbContext db, TimeProvider clock) : IRequestHandler<CloseNote, bool>
{
    public async Task<bool> Handle(CloseNote request, CancellationToken cancellationToken)
    {
        var note = await db.Notes.FindAsync([request.Id], cancellationToken) ?? throw new NotFoundException($"便签 {request.Id} 不存在");
        note.Close(clock.GetUtcNow());
        return true;
    }
}
