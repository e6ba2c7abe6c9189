using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;

namespace Governance.Modules.Petitions.Application.Handling;

/// <summary>送达: the written answer reached the petitioner; the 30-day window to ask for 复查 starts (第三十五条).</summary>
internal sealed record DeliverAnswer(Guid Id, uint Version, string? Note) : ICommand<PetitionView>;

internal sealed class DeliverAnswerValidator : AbstractValidator<DeliverAnswer>
{
    public DeliverAnswerValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class DeliverAnswerHandler(PetitionsDbContext db, ICurrentUser user, PetitionDeadlines deadlines, PetitionJournal journal)
    : IRequestHandler<DeliverAnswer, PetitionView>
{
    public async Task<PetitionView> Handle(DeliverAnswer request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        journal.Transition(petition, PetitionAction.Deliver, request.Note);
        petition.DeliveredAt = journal.Now;
        petition.ReviewRequestDue = (await deadlines.DueAsync(PetitionDeadlines.ReviewRequest, journal.Now, ct)).Due;
        return await journal.SavedAsync(petition, ct);
    }
}
