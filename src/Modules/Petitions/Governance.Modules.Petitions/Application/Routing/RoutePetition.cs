using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>
/// 转送 or 交办 to the handling department: it must decide and notify acceptance within the acceptance-notice limit
/// (15 days; 浙江 5 working days), or object within 5 working days that the matter is not its own (《信访工作条例》第二十三条).
/// </summary>
internal sealed record RoutePetition(Guid Id, uint Version, RouteKind Kind, string? Department, string? Note) : ICommand<PetitionView>;

internal sealed class RoutePetitionValidator : AbstractValidator<RoutePetition>
{
    public RoutePetitionValidator()
    {
        RuleFor(c => c.Department).RequiredText("承办单位（部门代码）", 50);
        RuleFor(c => c.Note).Note();
    }
}

internal sealed class RoutePetitionHandler(PetitionsDbContext db, ICurrentUser user, PetitionDeadlines deadlines, PetitionJournal journal)
    : IRequestHandler<RoutePetition, PetitionView>
{
    public async Task<PetitionView> Handle(RoutePetition request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        var action = request.Kind == RouteKind.Transfer ? PetitionAction.Transfer : PetitionAction.Assign;
        var department = request.Department!.Trim();
        petition.RouteKind = request.Kind;
        petition.HandlingDepartment = department;
        journal.Transition(petition, action, $"{request.Kind.Label()}至 {department}{(request.Note is null ? "" : "：" + request.Note)}");
        var acceptance = await deadlines.DueAsync(PetitionDeadlines.AcceptanceNotice, journal.Now, ct);
        petition.RoutedAt = journal.Now;
        petition.AcceptanceDue = acceptance.Due;
        petition.ObjectionDue = (await deadlines.DueAsync(PetitionDeadlines.TransferObjection, journal.Now, ct)).Due;
        petition.Runs(acceptance);
        return await journal.SavedAsync(petition, ct);
    }
}
