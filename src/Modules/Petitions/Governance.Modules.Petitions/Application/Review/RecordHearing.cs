using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Review;

/// <summary>听证 during 复核: the hearing's days (both ends included) push the re-review deadline back (第三十六条).</summary>
internal sealed record RecordHearing(DateOnly? StartDate, DateOnly? EndDate, string? Note) : PetitionCommand;

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

internal sealed class RecordHearingHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<RecordHearing, Guid>
{
    public async Task<Guid> Handle(RecordHearing request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        PetitionWorkflow.Definition.EnsureCallerMay(petition, PetitionAction.RecordHearing, acts.User);
        db.Hearings.Add(petition.RecordHearing(request.StartDate!.Value, request.EndDate!.Value, request.Note?.Trim(), acts.ByCaller()));
        return petition.Id;
    }
}

internal static class RecordHearingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<RecordHearing>(endpoints, "re-review/hearings", PetitionPermissions.Review, "记录复核听证（不计入复核期限）");
    }
}
