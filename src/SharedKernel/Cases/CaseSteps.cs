using Governance.SharedKernel.Http;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// Maps a module's step endpoints, <c>POST {id}/{path}</c>: the id from the route, the version from If-Match (400 without
/// one, 409 when stale), a body that must be present (binding answers 400 for none or <c>null</c>), and the fresh record with its new
/// ETag back, read by <paramref name="read"/> after the step's transaction committed.
/// </summary>
public sealed class CaseSteps<TView>(Func<IMediator, Guid, CancellationToken, Task<TView>> read)
    where TView : ICaseView
{
    public RouteHandlerBuilder Map<TCommand>(
        IEndpointRouteBuilder group, string path, string permission, string summary, Func<TCommand, TCommand>? adjust = null)
        where TCommand : CaseCommand =>
        group.MapPost("{id:guid}/" + path, async (Guid id, TCommand body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var version = EntityTags.Required(http.Request);
                var command = (adjust ?? (c => c))(body) with { CaseId = id, ExpectedVersion = version };
                return await ReadAsync(mediator, await mediator.Send(command, ct), http, ct);
            })
            .RequirePermission(permission).WithSummary(summary + "（需 If-Match）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>The record as it is now, with its ETag on the response.</summary>
    public async Task<TView> ReadAsync(IMediator mediator, Guid id, HttpContext http, CancellationToken ct)
    {
        var view = await read(mediator, id, ct);
        EntityTags.Set(http, view.Version);
        return view;
    }
}
