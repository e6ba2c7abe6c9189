using Governance.SharedKernel.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.TestPlugins.Receiver;

internal static class ReceivedNoteEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("notes/{noteId:guid}", async (Guid noteId, ReceiverDbContext db, CancellationToken ct) =>
            await db.ReceivedNotes.FindAsync([noteId], ct) is { } note
                ? Results.Ok(new { note.NoteId, note.Text, note.TimesApplied })
                : throw new NotFoundException($"尚未收到便签 {noteId}"));
}
