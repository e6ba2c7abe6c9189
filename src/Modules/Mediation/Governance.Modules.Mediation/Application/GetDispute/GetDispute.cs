using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Governance.Modules.Mediation.Application.GetDispute;

/// <summary>A dispute with its parties, sessions, agreement, 司法确认, follow-ups and extensions, and the actions the caller may take.</summary>
internal sealed record GetDispute(Guid Id) : IQuery<DisputeView>
{
    public static void Map(DisputeRoutes routes) =>
        routes.Disputes.MapGet("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) => routes.Steps.ReadAsync(m, id, h, ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("矛盾纠纷详情（含当事人、调解记录、协议、司法确认、回访、延期）");
}

internal sealed class GetDisputeHandler(DisputeReader reader) : IRequestHandler<GetDispute, DisputeView>
{
    public Task<DisputeView> Handle(GetDispute request, CancellationToken ct) => reader.ViewAsync(request.Id, ct);
}
