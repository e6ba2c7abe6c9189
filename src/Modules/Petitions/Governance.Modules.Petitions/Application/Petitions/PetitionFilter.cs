using System.Linq.Expressions;
using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Querying;
using Governance.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Petitions;

/// <summary>
/// The filters of the petition list and its export: state, category, channel, domain, region, received date range,
/// overdue (the running deadline passed), handling department, 包案 leader (assignee), supervised, repeat, collective and
/// a text found in the tracking number or subject.
/// </summary>
internal interface IPetitionFilter
{
    PetitionState? State { get; }
    PetitionCategory? Category { get; }
    PetitionChannel? Channel { get; }
    PetitionDomain? Domain { get; }
    string? RegionCode { get; }
    DateOnly? ReceivedFrom { get; }
    DateOnly? ReceivedTo { get; }
    bool? Overdue { get; }
    string? Department { get; }
    Guid? Assignee { get; }
    bool? Supervised { get; }
    bool? Repeat { get; }
    bool? Collective { get; }
    string? Q { get; }
}

internal static class PetitionFilters
{
    public static readonly SortKeys<Petition> SortKeys = new("-receivedAt", p => p.Id, new Dictionary<string, Expression<Func<Petition, object>>>
    {
        ["receivedAt"] = p => p.ReceivedAt,
        ["trackingNumber"] = p => p.TrackingNumber,
        ["due"] = p => p.Deadline.Due!,
        ["state"] = p => p.State,
        ["updatedAt"] = p => p.UpdatedAt,
    });

    public static void AddFilterRules<T>(this AbstractValidator<T> validator)
        where T : IPetitionFilter
    {
        validator.RuleFor(q => q.State).IsInEnum().WithMessage("state 不是有效的状态代码");
        validator.RuleFor(q => q.Category).IsInEnum().WithMessage("category 不是有效的类别代码");
        validator.RuleFor(q => q.Channel).IsInEnum().WithMessage("channel 不是有效的渠道代码");
        validator.RuleFor(q => q.Domain).IsInEnum().WithMessage("domain 不是有效的领域代码");
        validator.RuleFor(q => q.RegionCode).MustBeRegionCode();
        validator.RuleFor(q => q.ReceivedTo).GreaterThanOrEqualTo(q => q.ReceivedFrom)
            .When(q => q.ReceivedFrom is not null && q.ReceivedTo is not null).WithMessage("receivedTo 不能早于 receivedFrom");
        validator.RuleFor(q => q.Department).MaximumLength(50).PlainText();
        validator.RuleFor(q => q.Q).MaximumLength(100).WithMessage("q 不能超过 100 字").PlainText();
    }

    public static IQueryable<Petition> Apply(this IQueryable<Petition> petitions, IPetitionFilter filter, DateTimeOffset now)
    {
        if (filter.State is { } state)
        {
            petitions = petitions.Where(p => p.State == state);
        }

        if (filter.Category is { } category)
        {
            petitions = petitions.Where(p => p.Category == category);
        }

        if (filter.Channel is { } channel)
        {
            petitions = petitions.Where(p => p.Channel == channel);
        }

        if (filter.Domain is { } domain)
        {
            petitions = petitions.Where(p => p.Domain == domain);
        }

        if (!string.IsNullOrWhiteSpace(filter.RegionCode))
        {
            var prefix = RegionCode.Parse(filter.RegionCode).Prefix;
            petitions = petitions.Where(p => p.ScopeCode.StartsWith(prefix));
        }

        if (filter.ReceivedFrom is { } from)
        {
            var start = ChinaTime.StartOf(from).ToUniversalTime();
            petitions = petitions.Where(p => p.ReceivedAt >= start);
        }

        if (filter.ReceivedTo is { } to)
        {
            var end = ChinaTime.EndOf(to).ToUniversalTime();
            petitions = petitions.Where(p => p.ReceivedAt < end);
        }

        if (filter.Overdue is { } overdue)
        {
            petitions = overdue
                ? petitions.Where(p => p.ClosedAt == null && p.Deadline.Due != null && p.Deadline.Due < now)
                : petitions.Where(p => p.ClosedAt != null || p.Deadline.Due == null || p.Deadline.Due >= now);
        }

        if (!string.IsNullOrWhiteSpace(filter.Department))
        {
            petitions = petitions.Where(p => p.HandlingDepartment == filter.Department);
        }

        if (filter.Assignee is { } assignee)
        {
            petitions = petitions.Where(p => p.Leader.UserId == assignee);
        }

        if (filter.Supervised is { } supervised)
        {
            petitions = petitions.Where(p => (p.Supervision.Level != null) == supervised);
        }

        if (filter.Repeat is { } repeat)
        {
            petitions = petitions.Where(p => p.IsRepeat == repeat);
        }

        if (filter.Collective is { } collective)
        {
            petitions = petitions.Where(p => p.IsCollective == collective);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = ListQueries.Containing(filter.Q);
            petitions = petitions.Where(p => EF.Functions.ILike(p.Subject, pattern) || EF.Functions.ILike(p.TrackingNumber, pattern));
        }

        return petitions;
    }
}
