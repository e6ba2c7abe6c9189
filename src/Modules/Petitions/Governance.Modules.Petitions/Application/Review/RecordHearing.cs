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

namespace Governance.Modules.Petitions.Application.Review;

/// <summary>听证 during 复核: the hearing's days (both ends included) push the re-review deadline back (第三十六条).</summary>
internal sealed record RecordHearing(Guid Id, uint Version, DateOnly? StartDate, DateOnly? EndDate, string? Note) : ICommand<PetitionView>;

internal sealed class RecordHearingValidator : AbstractValidator<RecordHearing>
{
    public RecordHearingValidator()
    {
        RuleFor(c => c.StartDate).NotNull().WithMessage("请填写听证开始日期");
        RuleFor(c => c.EndDate).NotNull().WithMessage("请填写听证结束日期")
            .GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate is not null, ApplyConditionTo.CurrentValidator).WithMessage("听证结束日期不能早于开始日期")
            .Must((c, end) => end!.Value.DayNumber - c.StartDate!.Value.DayNumber < 90)
            .When(c => c.StartDate is not null && c.EndDate >= c.StartDate, ApplyConditionTo.CurrentValidator).WithMessage("一次听证不超过 90 日");
        RuleFor(c => c.Note).Note();
    }
}

internal sealed class RecordHearingHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<RecordHearing, PetitionView>
{
    public async Task<PetitionView> Handle(RecordHearing request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        if (petition.State != PetitionState.UnderReReview)
        {
            throw new BusinessRuleException($"信访件当前状态为「{petition.State.Label()}」，只有复核中的事项可以记录听证（不计入复核期限）");
        }

        if (request.StartDate < ChinaTime.DateOf(petition.ReReviewRequestedAt!.Value))
        {
            throw new BusinessRuleException("听证不能早于复核请求之日");
        }

        var hearing = new Hearing
        {
            Id = Guid.CreateVersion7(journal.Now),
            PetitionId = petition.Id,
            StartDate = request.StartDate!.Value,
            EndDate = request.EndDate!.Value,
            Note = request.Note?.Trim(),
            RecordedAt = journal.Now,
        };
        db.Hearings.Add(hearing);
        petition.HearingDays += hearing.Days;
        petition.ReReviewDue = petition.ReReviewDue!.Value.AddDays(hearing.Days);
        petition.Runs(new Deadline(PetitionDeadlines.ReReviewDecision, petition.ReReviewDue.Value,
            petition.CurrentWarnFrom!.Value.AddDays(hearing.Days)));
        journal.Step(petition, PetitionAction.RecordHearing,
            $"听证 {hearing.StartDate:yyyy-MM-dd} 至 {hearing.EndDate:yyyy-MM-dd}（{hearing.Days} 日，不计入复核期限）{request.Note}");
        return await journal.SavedAsync(petition, ct);
    }
}
