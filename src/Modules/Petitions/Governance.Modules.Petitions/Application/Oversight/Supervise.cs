using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>督办 with a level (普通 / 黄牌 / 红牌 / 挂牌) and a note; a later one replaces the level, both stay on the timeline.</summary>
internal sealed record Supervise(Guid Id, uint Version, SupervisionLevel? Level, string? Note) : ICommand<PetitionView>;

internal sealed class SuperviseValidator : AbstractValidator<Supervise>
{
    public SuperviseValidator()
    {
        RuleFor(c => c.Level).NotNull().WithMessage("请选择督办级别（普通、黄牌、红牌、挂牌督办）").IsInEnum();
        RuleFor(c => c.Note).RequiredText("督办意见", 1000);
    }
}

internal sealed class SuperviseHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<Supervise, PetitionView>
{
    public async Task<PetitionView> Handle(Supervise request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        OpenRecords.EnsureOpen(petition, "督办");
        petition.SupervisionLevel = request.Level;
        petition.SupervisionNote = request.Note!.Trim();
        petition.SupervisedAt = journal.Now;
        journal.Step(petition, PetitionAction.Supervise, $"{request.Level!.Value.Label()}：{petition.SupervisionNote}");
        return await journal.SavedAsync(petition, ct);
    }
}

internal static class OpenRecords
{
    /// <summary>422 on a petition that is already closed (不予受理, 诉访分离, 不再受理, 终结).</summary>
    public static void EnsureOpen(Petition petition, string what)
    {
        if (PetitionWorkflow.IsClosed(petition.State))
        {
            throw new BusinessRuleException($"信访件已{petition.State.Label()}，不能再{what}",
                new Dictionary<string, object?> { ["currentState"] = petition.State.ToString() });
        }
    }
}
