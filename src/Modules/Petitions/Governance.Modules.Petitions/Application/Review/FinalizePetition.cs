using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using MediatR;

namespace Governance.Modules.Petitions.Application.Review;

/// <summary>终结 once the petitioner let the 复查 (or 复核) request window pass without asking (第三十五条、第三十六条).</summary>
internal sealed record FinalizePetition(Guid Id, uint Version, string? Note) : ICommand<PetitionView>;

internal sealed class FinalizePetitionValidator : AbstractValidator<FinalizePetition>
{
    public FinalizePetitionValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class FinalizePetitionHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<FinalizePetition, PetitionView>
{
    public async Task<PetitionView> Handle(FinalizePetition request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        var window = petition.State == PetitionState.Reviewed ? petition.ReReviewRequestDue : petition.ReviewRequestDue;
        journal.Transition(petition, PetitionAction.Finalize, request.Note);
        if (journal.Now <= window)
        {
            throw new BusinessRuleException(
                $"信访人请求{(petition.ReviewDecidedAt is null ? "复查" : "复核")}的期限至 {ChinaTime.ToText(window)} 才届满，期满未请求方可终结",
                new Dictionary<string, object?> { ["requestDue"] = window });
        }

        petition.FinalizedAt = journal.Now;
        return await journal.SavedAsync(petition, ct);
    }
}
