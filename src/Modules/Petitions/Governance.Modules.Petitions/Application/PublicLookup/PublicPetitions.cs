using System.Text.Json.Serialization;
using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Application.Registration;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.PublicLookup;

/// <summary>What identifies a petition to its petitioner: the tracking number and the query code from the receipt.</summary>
internal interface IPublicKey
{
    string? TrackingNumber { get; }

    string? QueryCode { get; }
}

/// <summary>What a petitioner sees: no personal data, only state, dates, handling body and answer outcome.</summary>
internal sealed record PublicProgress(
    string TrackingNumber, string StateName, DateOnly ReceivedOn, DateOnly? AcceptedOn, string? HandlingBody, DateOnly? HandlingDueOn,
    string? AnswerOutcome, DateOnly? AnsweredOn, string? Satisfaction, bool CanRate, DateOnly? ReviewRequestDueOn) : IAuditedResult
{
    /// <summary>For the audit row only: a petitioner never sees the internal id.</summary>
    [JsonIgnore]
    public Guid PetitionId { get; init; }

    string? IAuditedResult.AuditRecordId => PetitionId.ToString();
}

internal static class PublicPetitions
{
    /// <summary>The public endpoints' rate-limiter policy (per client address).</summary>
    public const string Policy = "petitions-public";

    public static void AddKeyRules<T>(this AbstractValidator<T> validator)
        where T : IPublicKey
    {
        validator.RuleFor(c => c.TrackingNumber).NotEmpty().WithMessage("请填写信访件编号").MaximumLength(32).WithMessage("信访件编号过长").PlainText();
        validator.RuleFor(c => c.QueryCode).NotEmpty().WithMessage("请填写查询码").MaximumLength(16).WithMessage("查询码过长").PlainText();
    }

    /// <summary>The petition of the key; a wrong number or code is the same 404.</summary>
    public static async Task<Petition> FindAsync(PetitionsDbContext db, IPublicKey key, CancellationToken ct)
    {
        var number = key.TrackingNumber!.Trim().ToUpperInvariant();
        var hash = TrackingNumbers.HashOf(number, key.QueryCode!);
        return await db.Petitions.Include(p => p.Extensions).FirstOrDefaultAsync(p => p.TrackingNumber == number && p.QueryCodeHash == hash, ct)
            ?? throw new NotFoundException("未找到该信访件，或查询码不正确");
    }

    public static PublicProgress View(Petition p) => new(
        p.TrackingNumber, p.State.Label(), Date(p.ReceivedAt)!.Value, Date(p.AcceptedAt), p.HandlingDepartment,
        Date(p.ExtendedDue ?? p.HandlingDue)?.AddDays(-1), p.AnswerOutcome?.Label(), Date(p.AnsweredAt), p.Satisfaction?.Label(),
        p.AnsweredAt is not null && p.Satisfaction is null, Date(p.ReviewRequestDue)?.AddDays(-1)) { PetitionId = p.Id };

    private static DateOnly? Date(DateTimeOffset? at) => at is { } value ? ChinaTime.DateOf(value) : null;
}
