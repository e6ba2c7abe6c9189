using FluentValidation;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Deadlines;

/// <summary>Sets the rule with this code and these qualifiers, adding it when there is none (e.g. a new province profile).</summary>
internal sealed record SaveDeadlineRule(
    string Code, string? Province, string? Level, string? Type, int Amount, DeadlineUnit? Unit, int WarnBefore,
    string? Description, string? LegalBasis) : ICommand<DeadlineRuleView>, IAuditedCommand
{
    public const int MaxAmount = 3650;
    public const int MaxMonths = 120;

    public string AuditRecordType => "deadline-rule";

    public string AuditRecordId => DeadlineRule.Key(Code, Province, Level, Type);
}

internal sealed class SaveDeadlineRuleValidator : AbstractValidator<SaveDeadlineRule>
{
    public SaveDeadlineRuleValidator()
    {
        RuleFor(c => c.Code).RuleCode();
        RuleFor(c => c.Province).Province();
        RuleFor(c => c.Level).Qualifier();
        RuleFor(c => c.Type).Qualifier();
        RuleFor(c => c.Unit).NotNull().WithMessage("缺少单位 unit：CalendarDays、WorkingDays、Hours 或 Months。");
        RuleFor(c => c.Amount).InclusiveBetween(1, SaveDeadlineRule.MaxAmount)
            .WithMessage($"期限 amount 须在 1 到 {SaveDeadlineRule.MaxAmount} 之间。");
        RuleFor(c => c.Amount).LessThanOrEqualTo(SaveDeadlineRule.MaxMonths).When(c => c.Unit == DeadlineUnit.Months)
            .WithMessage($"以月计的期限不能超过 {SaveDeadlineRule.MaxMonths} 个月。");
        RuleFor(c => c.WarnBefore).InclusiveBetween(0, int.MaxValue).LessThanOrEqualTo(c => c.Amount)
            .WithMessage("预警提前量 warnBefore 须在 0 到期限 amount 之间（与期限同一单位）。");
        RuleFor(c => c.Description).NotEmpty().WithMessage("缺少说明 description。")
            .MaximumLength(DeadlineRuleConfiguration.TextLength);
        RuleFor(c => c.LegalBasis).MaximumLength(DeadlineRuleConfiguration.TextLength);
    }
}

internal sealed class SaveDeadlineRuleHandler(PlatformDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SaveDeadlineRule, DeadlineRuleView>
{
    public async Task<DeadlineRuleView> Handle(SaveDeadlineRule request, CancellationToken cancellationToken)
    {
        var rule = await db.Set<DeadlineRule>().FirstOrDefaultAsync(
            DeadlineRule.Identified(request.Code, request.Province, request.Level, request.Type), cancellationToken);
        if (rule is null)
        {
            rule = new DeadlineRule
            {
                Code = request.Code,
                Province = request.Province,
                Level = request.Level,
                Type = request.Type,
                Description = request.Description!,
            };
            db.Add(rule);
        }

        rule.Amount = request.Amount;
        rule.Unit = request.Unit!.Value;
        rule.WarnBefore = request.WarnBefore;
        rule.Description = request.Description!;
        rule.LegalBasis = request.LegalBasis;
        rule.UpdatedAt = clock.GetUtcNow();
        rule.UpdatedBy = user.UserName;
        return DeadlineRuleView.Of(rule);
    }
}
