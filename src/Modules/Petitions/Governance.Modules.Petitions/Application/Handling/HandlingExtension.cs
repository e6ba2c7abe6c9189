using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Petitions.Application.Handling;

/// <summary>
/// 申请延期: the handler asks, with a reason, to extend the handling deadline by <see cref="Days"/> days — at most the
/// extension rule's maximum (30 days; 浙江 60), once (《信访工作条例》第三十四条).
/// </summary>
internal sealed record RequestExtension(Guid Id, uint Version, int? Days, string? Reason) : ICommand<PetitionView>;

/// <summary>批准 / 不予批准 a pending extension; the petitioner must be told the reason.</summary>
internal sealed record DecideExtension(Guid Id, uint Version, bool Approve, string? Note) : ICommand<PetitionView>;

internal sealed class RequestExtensionValidator : AbstractValidator<RequestExtension>
{
    public RequestExtensionValidator()
    {
        RuleFor(c => c.Days).NotNull().WithMessage("请填写延长的天数").InclusiveBetween(1, 366).WithMessage("延长天数应为 1 到 366 之间的整数");
        RuleFor(c => c.Reason).RequiredText("延期理由", 1000);
    }
}

internal sealed class DecideExtensionValidator : AbstractValidator<DecideExtension>
{
    public DecideExtensionValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class RequestExtensionHandler(PetitionsDbContext db, ICurrentUser user, PetitionDeadlines deadlines, PetitionJournal journal)
    : IRequestHandler<RequestExtension, PetitionView>
{
    public async Task<PetitionView> Handle(RequestExtension request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        if (petition.State != PetitionState.Accepted || petition.HandlingDue is not { } handlingDue)
        {
            throw new BusinessRuleException($"信访件当前状态为「{petition.State.Label()}」，只有办理中的信访件可以申请延期");
        }

        if (petition.ExtensionState is ExtensionState.Pending or ExtensionState.Approved)
        {
            throw new BusinessRuleException(petition.ExtensionState == ExtensionState.Pending
                ? "已有延期申请在审核中"
                : "办理期限只能延长一次，本件已延期（《信访工作条例》第三十四条）");
        }

        if (journal.Now > handlingDue)
        {
            throw new BusinessRuleException($"办理期限已于 {ChinaTime.ToText(handlingDue)} 届满，不能再申请延期");
        }

        var longest = await LongestAsync(deadlines, handlingDue, ct);
        if (handlingDue.AddDays(request.Days!.Value) > longest.Due)
        {
            throw new BusinessRuleException(
                $"延长后的期限不能晚于 {ChinaTime.ToText(longest.Due)}（最长延期按规则 {longest.Rule}）",
                new Dictionary<string, object?> { ["longestDue"] = longest.Due });
        }

        petition.ExtensionState = ExtensionState.Pending;
        petition.ExtensionDays = request.Days;
        petition.ExtensionReason = request.Reason!.Trim();
        petition.ExtensionRequestedAt = journal.Now;
        petition.ExtensionDecidedBy = null;
        journal.Step(petition, PetitionAction.RequestExtension, $"申请延长 {request.Days} 日：{petition.ExtensionReason}");
        return await journal.SavedAsync(petition, ct);
    }

    /// <summary>
    /// The latest the extended deadline may be: the extension rule counted from the original deadline's last day (the
    /// deadline instant is 24:00 of that day, which the policy would otherwise read as the next day).
    /// </summary>
    public static Task<Deadline> LongestAsync(PetitionDeadlines deadlines, DateTimeOffset handlingDue, CancellationToken ct) =>
        deadlines.DueAsync(PetitionDeadlines.HandlingExtension, handlingDue.AddSeconds(-1), ct);
}

internal sealed class DecideExtensionHandler(PetitionsDbContext db, ICurrentUser user, PetitionDeadlines deadlines, PetitionJournal journal)
    : IRequestHandler<DecideExtension, PetitionView>
{
    public async Task<PetitionView> Handle(DecideExtension request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        if (petition.ExtensionState != ExtensionState.Pending || petition.State != PetitionState.Accepted)
        {
            throw new BusinessRuleException($"没有待审批的延期申请（延期状态：{petition.ExtensionState.Label()}）");
        }

        petition.ExtensionDecidedBy = user.UserName;
        if (request.Approve)
        {
            var handlingDue = petition.HandlingDue!.Value;
            var longest = await RequestExtensionHandler.LongestAsync(deadlines, handlingDue, ct);
            var extended = handlingDue.AddDays(petition.ExtensionDays!.Value);
            petition.ExtensionState = ExtensionState.Approved;
            petition.ExtendedDue = extended;
            petition.Runs(new Deadline(longest.Rule, extended, extended - (longest.Due - longest.WarnFrom)));
        }
        else
        {
            petition.ExtensionState = ExtensionState.Refused;
        }

        journal.Step(petition, request.Approve ? PetitionAction.ApproveExtension : PetitionAction.RefuseExtension,
            $"{(request.Approve ? $"同意延长 {petition.ExtensionDays} 日，延期理由应告知信访人" : "不同意延期")}{(request.Note is null ? "" : "：" + request.Note)}");
        return await journal.SavedAsync(petition, ct);
    }
}
