using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>
/// 领导包案: one case, one leader, one team, one plan, one deadline (《信访工作条例》第十八条). A new assignment replaces
/// the leader; the previous one stays on the timeline. The leader becomes the work item's assignee.
/// </summary>
internal sealed record AssignLeader(Guid? LeaderId, string? LeaderName, IReadOnlyList<string>? Team, string? Plan, DateOnly? Deadline) : PetitionCommand;

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

internal sealed class AssignLeaderHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<AssignLeader, Guid>
{
    public async Task<Guid> Handle(AssignLeader request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var previous = petition.Leader.Name is { } name ? $"原包案领导：{name}" : null;
        petition.AssignLeader(request.LeaderId, request.LeaderName!.Trim(), request.Team!.Select(m => m.Trim()).ToList(), request.Plan!.Trim(),
            request.Deadline, previous, acts.ByCaller());
        return petition.Id;
    }
}

internal static class AssignLeaderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<AssignLeader>(endpoints, "leader-case", PetitionPermissions.Supervise, "领导包案（一名领导、一个专班、一套方案、一个期限）");
    }
}
