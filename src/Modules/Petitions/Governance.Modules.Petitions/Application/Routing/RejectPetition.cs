using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>不予受理, telling the petitioner which channel to use instead (《信访工作条例》第二十二条、第三十一条).</summary>
internal sealed record RejectPetition(Guid Id, uint Version, string? Reason, string? Channel) : ICommand<PetitionView>;

internal sealed class RejectPetitionValidator : AbstractValidator<RejectPetition>
{
    public RejectPetitionValidator()
    {
        RuleFor(c => c.Reason).RequiredText("不予受理的理由", 1000);
        RuleFor(c => c.Channel).RequiredText("告知信访人的途径（如向人民法院起诉、申请行政复议）", 200);
    }
}

internal sealed class RejectPetitionHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<RejectPetition, PetitionView>
{
    public async Task<PetitionView> Handle(RejectPetition request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        petition.NotAcceptedReason = request.Reason!.Trim();
        petition.SuggestedChannel = request.Channel!.Trim();
        journal.Transition(petition, PetitionAction.Reject, $"{petition.NotAcceptedReason}；告知途径：{petition.SuggestedChannel}");
        return await journal.SavedAsync(petition, ct);
    }
}
