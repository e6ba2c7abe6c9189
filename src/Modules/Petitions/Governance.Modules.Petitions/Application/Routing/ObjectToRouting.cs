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
/// The handling department objects that a transferred/assigned matter is not within its powers (退回), within 5 working
/// days of the routing (《信访工作条例》第二十三条); the petition returns to the 信访 office to be routed again.
/// </summary>
internal sealed record ObjectToRouting(Guid Id, uint Version, string? Reason) : ICommand<PetitionView>;

internal sealed class ObjectToRoutingValidator : AbstractValidator<ObjectToRouting>
{
    public ObjectToRoutingValidator() => RuleFor(c => c.Reason).RequiredText("异议理由", 1000);
}

internal sealed class ObjectToRoutingHandler(PetitionsDbContext db, ICurrentUser user, PetitionDeadlines deadlines, PetitionJournal journal)
    : IRequestHandler<ObjectToRouting, PetitionView>
{
    public async Task<PetitionView> Handle(ObjectToRouting request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        if (petition.State == PetitionState.AwaitingAcceptance && journal.Now > petition.ObjectionDue)
        {
            throw new BusinessRuleException(
                $"异议期限已过：应在转送、交办后 5 个工作日内（截至 {ChinaTime.ToText(petition.ObjectionDue)}）提出（《信访工作条例》第二十三条），请依法受理办理。",
                new Dictionary<string, object?> { ["objectionDue"] = petition.ObjectionDue });
        }

        var department = petition.HandlingDepartment;
        journal.Transition(petition, PetitionAction.Decline, $"{department} 提出异议：{request.Reason!.Trim()}");
        petition.HandlingDepartment = null;
        petition.RouteKind = null;
        petition.Runs(await deadlines.DueAsync(PetitionDeadlines.Registration, petition.ReceivedAt, ct));
        return await journal.SavedAsync(petition, ct);
    }
}
