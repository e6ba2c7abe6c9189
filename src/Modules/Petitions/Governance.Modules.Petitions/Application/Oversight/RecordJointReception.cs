using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>联合接访: several departments receive the petitioner together for a one-stop answer (《信访工作条例》第十八条).</summary>
internal sealed record RecordJointReception(IReadOnlyList<string>? Departments, string? Note) : PetitionCommand;

internal sealed class RecordJointReceptionValidator : AbstractValidator<RecordJointReception>
{
    public RecordJointReceptionValidator()
    {
        RuleFor(c => c.Departments).NotNull().WithMessage("请填写参加联合接访的部门")
            .Must(d => d!.Distinct().Count() >= 2).When(c => c.Departments is not null, ApplyConditionTo.CurrentValidator).WithMessage("联合接访至少需要两个部门")
            .Must(d => d!.Count <= 20 && d.All(x => !string.IsNullOrWhiteSpace(x) && x.Length <= 50))
            .When(c => c.Departments is not null, ApplyConditionTo.CurrentValidator).WithMessage("最多 20 个部门，部门代码不超过 50 字")
            .PlainTexts();
        RuleFor(c => c.Note).Note();
    }
}

internal sealed class RecordJointReceptionHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<RecordJointReception, Guid>
{
    public async Task<Guid> Handle(RecordJointReception request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.ReceiveJointly(request.Departments!.Select(d => d.Trim()).ToList(), request.Note, acts.ByCaller());
        return petition.Id;
    }
}

internal static class RecordJointReceptionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<RecordJointReception>(endpoints, "joint-reception", PetitionPermissions.Supervise, "联合接访");
    }
}
