using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>联合接访: several departments receive the petitioner together for a one-stop answer (《信访工作条例》第十八条).</summary>
internal sealed record JointReception(Guid Id, uint Version, IReadOnlyList<string>? Departments, string? Note) : ICommand<PetitionView>;

internal sealed class JointReceptionValidator : AbstractValidator<JointReception>
{
    public JointReceptionValidator()
    {
        RuleFor(c => c.Departments).NotNull().WithMessage("请填写参加联合接访的部门")
            .Must(d => d!.Distinct().Count() >= 2).When(c => c.Departments is not null, ApplyConditionTo.CurrentValidator).WithMessage("联合接访至少需要两个部门")
            .Must(d => d!.Count <= 20 && d.All(x => !string.IsNullOrWhiteSpace(x) && x.Length <= 50))
            .When(c => c.Departments is not null, ApplyConditionTo.CurrentValidator).WithMessage("最多 20 个部门，部门代码不超过 50 字")
            .PlainTexts();
        RuleFor(c => c.Note).Note();
    }
}

internal sealed class JointReceptionHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<JointReception, PetitionView>
{
    public async Task<PetitionView> Handle(JointReception request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        OpenRecords.EnsureOpen(petition, "联合接访");
        petition.JointDepartments = request.Departments!.Select(d => d.Trim()).Distinct().ToList();
        journal.Step(petition, PetitionAction.JointReception,
            $"联合接访：{string.Join("、", petition.JointDepartments)}{(request.Note is null ? "" : "；" + request.Note)}");
        return await journal.SavedAsync(petition, ct);
    }
}
