using FluentValidation;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Registry.Contracts.Organisations;
using Governance.Modules.Registry.Contracts.Persons;
using MediatR;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>A party as a request names it: exactly one of a Registry person or organisation, in a role.</summary>
internal sealed record PartyInput(Guid? PersonId, Guid? OrganisationId, PartyRole? Role, bool IsSupervised = false)
{
    public PartyDraft ToDraft() => new(PersonId, OrganisationId, Role ?? PartyRole.Other, IsSupervised);
}

/// <summary>The fields of a dispute a clerk fills in at registration and may correct before 受理.</summary>
internal interface IDisputeFields
{
    DisputeType? Type { get; }

    DisputeMatter? Matter { get; }

    string? Subject { get; }

    string? Description { get; }

    string? Location { get; }

    int? Headcount { get; }

    decimal? Amount { get; }

    EscalationRisk? Risk { get; }

    IReadOnlyList<PartyInput>? Parties { get; }
}

internal sealed class DisputeFieldsValidator : AbstractValidator<IDisputeFields>
{
    public const int MaxParties = 50;

    /// <param name="partial">补正: a field left out keeps its value, so only the fields sent are checked.</param>
    public DisputeFieldsValidator(IMediator mediator, bool partial = false)
    {
        RuleFor(d => d.Type).NotNull().WithMessage("请选择纠纷类型（19 类）").Unless(_ => partial, ApplyConditionTo.CurrentValidator)
            .IsInEnum().WithMessage("纠纷类型不在代码表中");
        RuleFor(d => d.Matter).IsInEnum().WithMessage("具体事项不在代码表中");
        RuleFor(d => d.Subject).NotEmpty().WithMessage("请填写纠纷简要情况（标题）")
            .When(d => !partial || d.Subject is not null, ApplyConditionTo.CurrentValidator)
            .MaximumLength(200).WithMessage("标题最多 200 个字符");
        RuleFor(d => d.Description).MaximumLength(4000).WithMessage("纠纷情况最多 4000 个字符");
        RuleFor(d => d.Location).MaximumLength(300).WithMessage("发生地点最多 300 个字符");
        RuleFor(d => d.Headcount).NotNull().WithMessage("请填写涉及人数").Unless(_ => partial, ApplyConditionTo.CurrentValidator)
            .InclusiveBetween(1, 1_000_000).WithMessage("涉及人数应在 1 到 1000000 之间");
        RuleFor(d => d.Amount).InclusiveBetween(0, 999_999_999_999m).WithMessage("涉及金额应在 0 到 999999999999 元之间");
        RuleFor(d => d.Risk).NotNull().WithMessage("请评估激化风险（Low、Medium、High）").Unless(_ => partial, ApplyConditionTo.CurrentValidator)
            .IsInEnum().WithMessage("激化风险不在代码表中");
        When(d => !partial || d.Parties is not null, () =>
        {
            RuleFor(d => d.Parties).Cascade(CascadeMode.Stop).NotNull().WithMessage("请填写当事人")
                .Must(p => p!.All(x => x is not null)).WithMessage("当事人不能为空")
                .Must(p => p!.Count >= 2).WithMessage("矛盾纠纷至少有两方当事人")
                .Must(p => p!.Count <= MaxParties).WithMessage($"当事人最多 {MaxParties} 个")
                .Must(p => p!.Where(x => x is not null).GroupBy(x => x.PersonId ?? x.OrganisationId).All(g => g.Count() == 1))
                .WithMessage("同一当事人不能重复填写");
            RuleForEach(d => d.Parties).ChildRules(party =>
            {
                party.RuleFor(p => p).Must(p => p.PersonId is null != p.OrganisationId is null)
                    .WithMessage("每个当事人应填写 personId（实有人口）或 organisationId（实有单位）之一").OverridePropertyName("personId");
                party.RuleFor(p => p.Role).NotNull().WithMessage("请选择当事人类别").IsInEnum().WithMessage("当事人类别不在代码表中");
                party.RuleFor(p => p.IsSupervised).Equal(false).When(p => p.PersonId is null)
                    .WithMessage("只有个人当事人可以标记为特殊人群");
            });
            RuleFor(d => d.Parties).MustAsync((parties, ct) => AllKnownAsync(mediator, parties!, ct))
                .When(d => d.Parties is { Count: > 0 and <= MaxParties })
                .WithMessage("当事人应为已登记的实有人口或实有单位，请先在基础信息中登记");
        });
    }

    private static async Task<bool> AllKnownAsync(IMediator mediator, IReadOnlyList<PartyInput> parties, CancellationToken ct)
    {
        var persons = parties.Where(p => p?.PersonId is not null).Select(p => p.PersonId!.Value).Distinct().ToList();
        var units = parties.Where(p => p?.OrganisationId is not null).Select(p => p.OrganisationId!.Value).Distinct().ToList();
        var foundPersons = persons.Count == 0 ? [] : await mediator.Send(new GetPersonSummaries(persons), ct);
        var foundUnits = units.Count == 0 ? [] : await mediator.Send(new GetOrganisationSummaries(units), ct);
        return persons.All(id => foundPersons.Any(p => p.Id == id)) && units.All(id => foundUnits.Any(u => u.Id == id));
    }
}
