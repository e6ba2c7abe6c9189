using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>
/// 诉访分离: a litigation-related matter goes to the courts, procuratorates or police, and the petitioner is told which
/// (《信访工作条例》第二十八条).
/// </summary>
internal sealed record SeparateLitigation(Guid Id, uint Version, string? Channel, string? Note) : ICommand<PetitionView>;

internal sealed class SeparateLitigationValidator : AbstractValidator<SeparateLitigation>
{
    public SeparateLitigationValidator()
    {
        RuleFor(c => c.Channel).RequiredText("导入的法定途径（如向某人民法院申请再审）", 200);
        RuleFor(c => c.Note).Note();
    }
}

internal sealed class SeparateLitigationHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<SeparateLitigation, PetitionView>
{
    public async Task<PetitionView> Handle(SeparateLitigation request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        petition.IsLitigationRelated = true;
        petition.LitigationChannel = request.Channel!.Trim();
        petition.SuggestedChannel = petition.LitigationChannel;
        journal.Transition(petition, PetitionAction.SeparateLitigation, $"导入：{petition.LitigationChannel}{(request.Note is null ? "" : "；" + request.Note)}");
        return await journal.SavedAsync(petition, ct);
    }
}
