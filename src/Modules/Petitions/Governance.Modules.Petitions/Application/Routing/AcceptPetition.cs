using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>
/// 受理: by the 信访 office directly or by the department it was transferred/assigned to. The 60-day (浙江 30-day)
/// handling deadline starts. A repeat of a matter still open within its time limit elsewhere is not accepted again
/// (《信访工作条例》第十九条、第二十条).
/// </summary>
internal sealed record AcceptPetition(Guid Id, uint Version, string? Note) : ICommand<PetitionView>;

internal sealed class AcceptPetitionValidator : AbstractValidator<AcceptPetition>
{
    public AcceptPetitionValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class AcceptPetitionHandler(PetitionsDbContext db, ICurrentUser user, PetitionDeadlines deadlines, PetitionJournal journal)
    : IRequestHandler<AcceptPetition, PetitionView>
{
    public async Task<PetitionView> Handle(AcceptPetition request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        await EnsureNotOpenElsewhereAsync(petition, ct);
        journal.Transition(petition, PetitionAction.Accept, request.Note);
        var handling = await deadlines.DueAsync(PetitionDeadlines.Handling, journal.Now, ct);
        petition.AcceptedAt = journal.Now;
        petition.HandlingDepartment ??= user.Department;
        petition.HandlingDue = handling.Due;
        petition.Runs(handling);
        return await journal.SavedAsync(petition, ct);
    }

    private async Task EnsureNotOpenElsewhereAsync(Petition petition, CancellationToken ct)
    {
        if (petition.OriginalPetitionId is not { } originalId)
        {
            return;
        }

        var now = journal.Now;
        var open = await db.Petitions.AsNoTracking()
            .Where(p => p.Id == originalId && p.ClosedAt == null && p.CurrentDue != null && p.CurrentDue >= now)
            .Select(p => new { p.TrackingNumber, p.HandlingDepartment, p.CurrentDue })
            .FirstOrDefaultAsync(ct);
        if (open is not null)
        {
            throw new BusinessRuleException(
                $"同一事项（{open.TrackingNumber}）已由 {open.HandlingDepartment ?? "原受理机关"} 受理并在办理期限内，不再重复受理" +
                "（《信访工作条例》第十九条）。可告知信访人等待原件办理结果，或作不予受理处理。",
                new Dictionary<string, object?> { ["originalPetitionId"] = originalId, ["originalDue"] = open.CurrentDue });
        }
    }
}
