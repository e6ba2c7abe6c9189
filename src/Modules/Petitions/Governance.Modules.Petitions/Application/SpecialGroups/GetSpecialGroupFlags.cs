using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Infrastructure;
using Governance.Platform.Abstractions.Auditing;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Modules;
using Governance.SharedKernel.Security;
using Governance.Modules.Petitions.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.SpecialGroups;

/// <summary>
/// Whether a petitioner is in a special group (刑释、社区矫正、严重精神障碍 …), for the handler's care. Answered by the
/// SpecialGroups module; until it exists (or while it is not enabled) the answer says the check cannot be made. Every
/// look is audited.
/// </summary>
internal sealed record GetSpecialGroupFlags(Guid Id) : IQuery<SpecialGroupFlags>;

internal sealed record SpecialGroupFlags(bool Available, string? Message, IReadOnlyList<Guid> PersonIds);

internal sealed class GetSpecialGroupFlagsHandler(PetitionsDbContext db, ICurrentUser user, IEnabledModules modules, IAuditTrail audit)
    : IRequestHandler<GetSpecialGroupFlags, SpecialGroupFlags>
{
    public async Task<SpecialGroupFlags> Handle(GetSpecialGroupFlags request, CancellationToken ct)
    {
        var petition = await db.FindVisibleAsync(user, request.Id, ct);
        var available = modules.IsEnabled("SpecialGroups");
        await audit.RecordReadAsync("Petitions", "petition", petition.Id.ToString(),
            available ? "信访人特殊人群标记" : "信访人特殊人群标记（模块未启用，未核查）", ct);
        return available
            ? new SpecialGroupFlags(false, "特殊人群模块尚未提供核查接口，无法核查", petition.PetitionerPersonIds)
            : new SpecialGroupFlags(false, "特殊人群模块未启用，无法核查", petition.PetitionerPersonIds);
    }
}

internal static class GetSpecialGroupFlagsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("{id:guid}/special-groups", (Guid id, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetSpecialGroupFlags(id), ct))
            .RequirePermission(PetitionPermissions.SpecialGroupsView)
            .WithSummary("信访人特殊人群标记（记入审计；特殊人群模块未启用时说明无法核查）");
}
