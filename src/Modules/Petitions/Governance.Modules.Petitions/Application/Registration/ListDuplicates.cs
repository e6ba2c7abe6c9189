using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Querying;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Registration;

/// <summary>
/// 重复信访 candidates: earlier petitions (open or finished) of the same petitioner about a similar matter — the same
/// domain or a subject containing the given one. <see cref="NotAcceptedAgain"/> marks a matter already finished after
/// 复核: registered again, it is recorded as 不再受理.
/// </summary>
internal sealed record DuplicateCandidate(
    Guid Id, string TrackingNumber, string Subject, string DomainName, string State, string StateName, DateTimeOffset ReceivedAt,
    bool Open, bool NotAcceptedAgain);

internal sealed record ListDuplicates(Guid? PersonId, PetitionDomain? Domain, string? Subject) : IQuery<IReadOnlyList<DuplicateCandidate>>;

internal sealed class ListDuplicatesValidator : AbstractValidator<ListDuplicates>
{
    public ListDuplicatesValidator()
    {
        RuleFor(q => q.PersonId).NotEmpty().WithMessage("请给出信访人的人员 ID（personId）");
        RuleFor(q => q.Domain).IsInEnum().WithMessage("domain 不是有效的信访领域代码");
        RuleFor(q => q.Subject).MaximumLength(200).WithMessage("subject 不能超过 200 字").PlainText();
    }
}

internal sealed class ListDuplicatesHandler(PetitionsDbContext db, ICurrentUser user)
    : IRequestHandler<ListDuplicates, IReadOnlyList<DuplicateCandidate>>
{
    private const int MaxCandidates = 20;

    public Task<IReadOnlyList<DuplicateCandidate>> Handle(ListDuplicates request, CancellationToken ct) =>
        FindAsync(db, user, [request.PersonId!.Value], request.Domain, request.Subject, null, ct);

    public static async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(
        PetitionsDbContext db, ICurrentUser user, IReadOnlyList<Guid> personIds, PetitionDomain? domain, string? subject, Guid? except,
        CancellationToken ct)
    {
        if (personIds.Count == 0)
        {
            return [];
        }

        var ids = personIds.ToArray();
        var pattern = string.IsNullOrWhiteSpace(subject) ? null : ListQueries.Containing(subject);
        var rows = await db.Visible(user).AsNoTracking()
            .Where(p => p.Id != except && p.PetitionerPersonIds.Any(id => ids.Contains(id)))
            .Where(p => (domain == null && pattern == null) || p.Domain == domain || (pattern != null && EF.Functions.ILike(p.Subject, pattern)))
            .OrderByDescending(p => p.ReceivedAt).Take(MaxCandidates)
            .ToListAsync(ct);
        return rows.Select(p => new DuplicateCandidate(
            p.Id, p.TrackingNumber, p.Subject, p.Domain.Label(), p.State.ToString(), p.State.Label(), p.ReceivedAt,
            !PetitionWorkflow.IsClosed(p.State), p.IsFinishedAfterReReview)).ToList();
    }
}

internal static class ListDuplicatesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("duplicates", ([AsParameters] ListDuplicates query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(PetitionPermissions.Register)
            .WithSummary("重复信访查询：同一信访人、相近事项的在办或已办结信访件");
}
