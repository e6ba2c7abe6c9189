using System.Text.Json.Serialization;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Infrastructure;
using Governance.Modules.Registry.Contracts.Persons;
using Governance.Platform.Abstractions.Auditing;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Cases;
using Governance.Modules.Petitions.Domain;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Petitions;

/// <summary>
/// A petition with its petitioners (Registry summaries, masked per caller), timeline and hearings: what GET and every step
/// answer. Audited: it shows who petitioned.
/// </summary>
internal sealed record GetPetitionDetail(Guid Id) : IQuery<PetitionDetail>;

internal sealed record PetitionDetail(
    PetitionView Petition, IReadOnlyList<PersonSummaryDto> Petitioners, IReadOnlyList<StepView> Timeline, IReadOnlyList<HearingView> Hearings)
    : ICaseView
{
    /// <summary>The ETag's: in the header, not the body.</summary>
    [JsonIgnore]
    public uint Version => Petition.Version;
}

internal sealed record HearingView(DateOnly StartDate, DateOnly EndDate, int Days, string? Note);

internal sealed class GetPetitionDetailHandler(PetitionsDbContext db, IMediator mediator, IAuditTrail audit)
    : IRequestHandler<GetPetitionDetail, PetitionDetail>
{
    public async Task<PetitionDetail> Handle(GetPetitionDetail request, CancellationToken ct)
    {
        var petition = await mediator.Send(new GetPetition(request.Id), ct);
        var timeline = await db.TimelineOfAsync(petition.Id, ct);
        var hearings = await db.Hearings.AsNoTracking().Where(h => h.PetitionId == petition.Id).OrderBy(h => h.StartDate)
            .Select(h => new HearingView(h.StartDate, h.EndDate, h.EndDate.DayNumber - h.StartDate.DayNumber + 1, h.Note))
            .ToListAsync(ct);
        IReadOnlyList<PersonSummaryDto> petitioners = [];
        if (petition.PetitionerPersonIds.Count > 0)
        {
            await audit.RecordReadAsync("Petitions", "petition", petition.Id.ToString(), "信访人身份（姓名、证件号码按权限脱敏）", ct);
            petitioners = await mediator.Send(new GetPersonSummaries(petition.PetitionerPersonIds), ct);
        }

        return new PetitionDetail(petition, petitioners, timeline, hearings);
    }
}

internal static class GetPetitionDetailEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var detail = await mediator.Send(new GetPetitionDetail(id), ct);
                return EntityTags.Ok(http, detail, detail.Version);
            })
            .RequirePermission(PetitionPermissions.Read)
            .WithSummary("信访件详情：信访人（按权限脱敏，记入审计）、办理过程、听证记录");
}
