using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Querying;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Petitions;

/// <summary>The petition list within the caller's jurisdiction, filtered, sorted and paged on the server. No petitioner identity.</summary>
internal sealed record ListPetitions(
    PetitionState? State,
    PetitionCategory? Category,
    PetitionChannel? Channel,
    PetitionDomain? Domain,
    string? RegionCode,
    DateOnly? ReceivedFrom,
    DateOnly? ReceivedTo,
    bool? Overdue,
    string? Department,
    Guid? Assignee,
    bool? Supervised,
    bool? Repeat,
    bool? Collective,
    string? Q,
    string? Sort,
    int Page = 1,
    int PageSize = 20) : IQuery<Paged<PetitionItem>>, IListQuery, IPetitionFilter;

internal sealed record PetitionItem(
    Guid Id, string TrackingNumber, string Subject, string State, string StateName, string ChannelName, string CategoryName,
    string DomainName, string ScopeCode, DateTimeOffset ReceivedAt, string? HandlingDepartment, DateTimeOffset? Due, bool Overdue,
    string? SupervisionLevel, bool IsRepeat, bool IsCollective, bool IsMajorUrgent, string? LeaderName);

internal sealed class ListPetitionsValidator : AbstractValidator<ListPetitions>
{
    public ListPetitionsValidator()
    {
        this.AddListRules(PetitionFilters.SortKeys);
        this.AddFilterRules();
    }
}

internal sealed class ListPetitionsHandler(PetitionsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListPetitions, Paged<PetitionItem>>
{
    public async Task<Paged<PetitionItem>> Handle(ListPetitions request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var page = await db.Visible(user).AsNoTracking().Apply(request, now).ToPageAsync(request, PetitionFilters.SortKeys, p => p, ct);
        return page.Map(p => new PetitionItem(
            p.Id, p.TrackingNumber, p.Subject, p.State.ToString(), p.State.Label(), p.Channel.Label(), p.Category.Label(), p.Domain.Label(),
            p.ScopeCode, p.ReceivedAt, p.HandlingDepartment, p.Deadline.Due, p.DeadlineStateAt(now) == DeadlineState.Overdue,
            p.Supervision.Level?.Label(), p.IsRepeat, p.IsCollective, p.IsMajorUrgent, p.Leader.Name));
    }
}

internal static class ListPetitionsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("", ([AsParameters] ListPetitions query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(PetitionPermissions.Read)
            .WithSummary("信访件列表：按状态、类别、渠道、领域、区划、收件日期、超期、承办单位、包案领导、督办、重复、集体访、关键词筛选，分页排序");
}
