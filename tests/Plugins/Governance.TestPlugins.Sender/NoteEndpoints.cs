using Governance.SharedKernel.Errors;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.TestPlugins.Sender;

internal static class NoteEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("notes", async (CreateNote command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return Results.Created($"notes/{id}", new { id });
        });
        endpoints.MapPost("notes/{id:guid}/close", async (Guid id, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new CloseNote(id), ct)));
        endpoints.MapGet("notes/{id:guid}", async (Guid id, SenderDbContext db, CancellationToken ct) =>
            await db.Notes.FindAsync([id], ct) is { } note
                ? Results.Ok(new { note.Id, note.Text, note.CreatedAt })
                : throw new NotFoundException($"便签 {id} 不存在"));
    }
}
