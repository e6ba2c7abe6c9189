using Governance.TestPlugins.Sender.Contracts;
using MediatR;

namespace Governance.TestPlugins.Receiver;

/// <summary>Keeps a local copy of every note; applying a message twice would show as TimesApplied = 2.</summary>
internal sealed class CopyNoteHandler(ReceiverDbContext db, InvocationLog log) : INotificationHandler<NoteCreated>
{
    public async Task Handle(NoteCreated notification, CancellationToken cancellationToken)
    {
        await log.RecordAsync(notification.Id, nameof(CopyNoteHandler), cancellationToken);
        var copy = await db.ReceivedNotes.FindAsync([notification.NoteId], cancellationToken);
        if (copy is null)
        {
            copy = new ReceivedNote { NoteId = notification.NoteId, Text = notification.Text };
            db.ReceivedNotes.Add(copy);
        }

        copy.TimesApplied++;
    }
}

/// <summary>Fails as often as the event asks (forever for -1), to exercise retries and dead letters.</summary>
internal sealed class FlakyNoteHandler(InvocationLog log) : INotificationHandler<NoteCreated>
{
    public async Task Handle(NoteCreated notification, CancellationToken cancellationToken)
    {
        if (notification.FailuresBeforeSuccess == 0)
        {
            return;
        }

        var call = await log.RecordAsync(notification.Id, nameof(FlakyNoteHandler), cancellationToken);
        if (notification.FailuresBeforeSuccess < 0 || call <= notification.FailuresBeforeSuccess)
        {
            throw new InvalidOperationException($"Flaky handler fails on purpose (call {call}).");
        }
    }
}
