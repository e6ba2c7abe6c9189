using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using MediatR;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>
/// 领导包案: one case, one leader, one team, one plan, one deadline (《信访工作条例》第十八条). A new assignment replaces
/// the leader; the previous one stays on the timeline. The leader becomes the work item's assignee.
/// </summary>
internal sealed record AssignLeader(
    Guid Id, uint Version, Guid? LeaderId, string? LeaderName, IReadOnlyList<string>? Team, string? Plan, DateOnly? Deadline)
    : ICommand<PetitionView>;

internal sealed class AssignLeaderValidator : AbstractValidator<AssignLeader>
{
    public AssignLeaderValidator(TimeProvider clock)
    {
        RuleFor(c => c.LeaderId).NotEmpty().WithMessage("请选择包案领导（用户 ID）");
        RuleFor(c => c.LeaderName).RequiredText("包案领导姓名和职务", 100);
        RuleFor(c => c.Team).NotEmpty().WithMessage("请填写工作专班成员")
            .Must(team => team!.Count <= 20 && team.All(m => !string.IsNullOrWhiteSpace(m) && m.Length <= 100))
            .When(c => c.Team is { Count: > 0 }, ApplyConditionTo.CurrentValidator).WithMessage("专班成员最多 20 人，每人不超过 100 字")
            .PlainTexts();
        RuleFor(c => c.Plan).RequiredText("化解方案", 2000);
        RuleFor(c => c.Deadline).NotNull().WithMessage("请填写化解期限")
            .Must(d => d >= ChinaTime.DateOf(clock.GetUtcNow()))
            .When(c => c.Deadline is not null, ApplyConditionTo.CurrentValidator).WithMessage("化解期限不能早于今天");
    }
}

internal sealed class AssignLeaderHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<AssignLeader, PetitionView>
{
    public async Task<PetitionView> Handle(AssignLeader request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        OpenRecords.EnsureOpen(petition, "领导包案");
        var previous = petition.LeaderName is null ? "" : $"（原包案领导：{petition.LeaderName}）";
        petition.LeaderId = request.LeaderId;
        petition.LeaderName = request.LeaderName!.Trim();
        petition.LeaderTeam = request.Team!.Select(m => m.Trim()).ToList();
        petition.LeaderPlan = request.Plan!.Trim();
        petition.LeaderDeadline = request.Deadline;
        journal.Step(petition, PetitionAction.AssignLeader,
            $"包案领导 {petition.LeaderName}，专班 {string.Join("、", petition.LeaderTeam)}，期限 {request.Deadline:yyyy-MM-dd}{previous}");
        return await journal.SavedAsync(petition, ct);
    }
}
