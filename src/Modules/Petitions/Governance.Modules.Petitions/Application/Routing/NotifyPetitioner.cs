using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using MediatR;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>
/// Records the written notice to the petitioner of how the petition is being handled (受理、转送交办或不予受理), due within
/// the acceptance-notice limit; impossible when name and address are unclear (《信访工作条例》第二十三条).
/// </summary>
internal sealed record NotifyPetitioner(Guid Id, uint Version, string? Note) : ICommand<PetitionView>;

internal sealed class NotifyPetitionerValidator : AbstractValidator<NotifyPetitioner>
{
    public NotifyPetitionerValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class NotifyPetitionerHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<NotifyPetitioner, PetitionView>
{
    public async Task<PetitionView> Handle(NotifyPetitioner request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        if (petition.CannotNotify)
        {
            throw new BusinessRuleException("信访人姓名（名称）、住址不清，无法书面告知（《信访工作条例》第二十三条）");
        }

        if (petition.State is PetitionState.Registered || petition.NoticeSentAt is not null)
        {
            throw new BusinessRuleException(petition.NoticeSentAt is null
                ? "尚未作出受理、转送交办或不予受理的处理，没有可告知的内容"
                : $"已于 {ChinaTime.ToText(petition.NoticeSentAt)} 书面告知");
        }

        petition.NoticeSentAt = journal.Now;
        var late = journal.Now > petition.NoticeDue ? "（超过告知期限）" : "";
        journal.Step(petition, PetitionAction.Notify, $"已书面告知信访人{late}{(request.Note is null ? "" : "：" + request.Note)}");
        return await journal.SavedAsync(petition, ct);
    }
}
