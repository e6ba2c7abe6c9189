using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Application.Handling;
using Governance.Modules.Petitions.Application.Registration;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.PublicLookup;

/// <summary>
/// A petitioner's anonymous lookup by tracking number and query code (《信访工作条例》第二十一条: 信访人可查询办理进展并评价).
/// No personal data: state, dates, handling body and answer outcome only. A wrong number or code is the same 404.
/// </summary>
internal sealed record GetPublicProgress(string? TrackingNumber, string? QueryCode) : IQuery<PublicProgress>, IPublicKey;

/// <summary>The petitioner rates the handling once the petition has been answered.</summary>
internal sealed record RateAsPetitioner(string? TrackingNumber, string? QueryCode, Satisfaction? Satisfaction)
    : ICommand<PublicProgress>, IPublicKey;

/// <summary>What identifies a petition to its petitioner: the tracking number and the query code from the receipt.</summary>
internal interface IPublicKey
{
    string? TrackingNumber { get; }

    string? QueryCode { get; }
}

internal sealed record PublicProgress(
    string TrackingNumber, string StateName, DateOnly ReceivedOn, DateOnly? AcceptedOn, string? HandlingBody, DateOnly? HandlingDueOn,
    string? AnswerOutcome, DateOnly? AnsweredOn, string? Satisfaction, bool CanRate, DateOnly? ReviewRequestDueOn);

internal sealed class GetPublicProgressValidator : AbstractValidator<GetPublicProgress>
{
    public GetPublicProgressValidator() => this.AddKeyRules();
}

internal sealed class RateAsPetitionerValidator : AbstractValidator<RateAsPetitioner>
{
    public RateAsPetitionerValidator()
    {
        this.AddKeyRules();
        RuleFor(c => c.Satisfaction).NotNull().WithMessage("请选择评价（满意、基本满意、不满意）").IsInEnum();
    }
}

internal static class PublicRules
{
    public static void AddKeyRules<T>(this AbstractValidator<T> validator)
        where T : IPublicKey
    {
        validator.RuleFor(c => c.TrackingNumber).NotEmpty().WithMessage("请填写信访件编号").MaximumLength(32).WithMessage("信访件编号过长").PlainText();
        validator.RuleFor(c => c.QueryCode).NotEmpty().WithMessage("请填写查询码").MaximumLength(16).WithMessage("查询码过长").PlainText();
    }
}

internal static class PublicPetitions
{
    private static readonly ModuleActor Petitioner = new("信访人（网上评价）");

    public static async Task<Petition> FindAsync(PetitionsDbContext db, string trackingNumber, string queryCode, CancellationToken ct)
    {
        var number = trackingNumber.Trim().ToUpperInvariant();
        var hash = TrackingNumbers.HashOf(number, queryCode);
        return await db.Petitions.FirstOrDefaultAsync(p => p.TrackingNumber == number && p.QueryCodeHash == hash, ct)
            ?? throw new NotFoundException("未找到该信访件，或查询码不正确");
    }

    public static ModuleActor Actor => Petitioner;

    public static PublicProgress View(Petition p) => new(
        p.TrackingNumber, p.State.Label(), Date(p.ReceivedAt)!.Value, Date(p.AcceptedAt), p.HandlingDepartment,
        Date(p.ExtendedDue ?? p.HandlingDue)?.AddDays(-1), p.AnswerOutcome?.Label(), Date(p.AnsweredAt), p.Satisfaction?.Label(),
        p.AnsweredAt is not null && p.Satisfaction is null, Date(p.ReviewRequestDue)?.AddDays(-1));

    private static DateOnly? Date(DateTimeOffset? at) => at is { } value ? ChinaTime.DateOf(value) : null;
}

internal sealed class GetPublicProgressHandler(PetitionsDbContext db) : IRequestHandler<GetPublicProgress, PublicProgress>
{
    public async Task<PublicProgress> Handle(GetPublicProgress request, CancellationToken ct) =>
        PublicPetitions.View(await PublicPetitions.FindAsync(db, request.TrackingNumber!, request.QueryCode!, ct));
}

internal sealed class RateAsPetitionerHandler(PetitionsDbContext db, PetitionJournal journal) : IRequestHandler<RateAsPetitioner, PublicProgress>
{
    public async Task<PublicProgress> Handle(RateAsPetitioner request, CancellationToken ct)
    {
        var petition = await PublicPetitions.FindAsync(db, request.TrackingNumber!, request.QueryCode!, ct);
        Ratings.Apply(petition, request.Satisfaction!.Value, journal, "信访人网上评价", PublicPetitions.Actor);
        await db.SaveChangesAsync(ct);
        return PublicPetitions.View(petition);
    }
}
