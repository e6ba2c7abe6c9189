using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Supervision;

/// <summary>审批延期: the pending request approved (the due date moves) or refused, never by the one who asked.</summary>
internal sealed record DecideExtension(bool? Approved, string? Note) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<DecideExtension>(routes.Disputes, "extensions/decision", MediationPermissions.Supervise, "审批延期（同意或不同意）");
}

internal sealed class DecideExtensionValidator : AbstractValidator<DecideExtension>
{
    public DecideExtensionValidator()
    {
        RuleFor(c => c.Approved).NotNull().WithMessage("请选择同意或不同意");
        RuleFor(c => c.Note).MaximumLength(1000).WithMessage("审批意见最多 1000 个字符");
    }
}

internal sealed class DecideExtensionHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<DecideExtension, Guid>
{
    public async Task<Guid> Handle(DecideExtension c, CancellationToken ct)
    {
        var dispute = await db.ForChangeAsync(c, acts, ct);
        dispute.DecideExtension(c.Approved!.Value, c.Note?.Trim(), acts.ByCaller());
        return dispute.Id;
    }
}
