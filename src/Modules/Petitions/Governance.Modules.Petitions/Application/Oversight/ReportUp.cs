using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using MediatR;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>
/// 重大紧急 items are reported up at once (《信访工作条例》第二十五条): the petition is flagged and the county level gets
/// a to-do of its own.
/// </summary>
internal sealed record ReportUp(Guid Id, uint Version, string? Note) : ICommand<PetitionView>;

internal sealed class ReportUpValidator : AbstractValidator<ReportUp>
{
    public ReportUpValidator() => RuleFor(c => c.Note).RequiredText("上报情况说明", 4000);
}

internal sealed class ReportUpHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<ReportUp, PetitionView>
{
    public async Task<PetitionView> Handle(ReportUp request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        OpenRecords.EnsureOpen(petition, "上报");
        if (petition.ReportedUpAt is { } reported)
        {
            throw new BusinessRuleException($"本件已于 {ChinaTime.ToText(reported)} 作为重大紧急事项上报");
        }

        MajorUrgent.Report(petition, journal, request.Note!.Trim());
        return await journal.SavedAsync(petition, ct);
    }
}

internal static class MajorUrgent
{
    public static void Report(Petition petition, PetitionJournal journal, string note)
    {
        petition.IsMajorUrgent = true;
        petition.ReportedUpAt = journal.Now;
        journal.Step(petition, PetitionAction.ReportUp, $"重大紧急事项即时上报县级：{note}");
    }
}
