using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Supervision;

/// <summary>申请延期 of the mediation time limit (<see cref="DisputeWorkflow.Extensions"/>).</summary>
internal sealed record RequestExtension(int? Days, string? Reason) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<RequestExtension>(routes.Disputes, "extensions", MediationPermissions.Mediate, "申请延期");
}

internal sealed class RequestExtensionValidator : AbstractValidator<RequestExtension>
{
    public RequestExtensionValidator()
    {
        var most = DisputeWorkflow.Extensions.MaxDays;
        RuleFor(c => c.Days).NotNull().WithMessage("请填写延期天数").InclusiveBetween(1, most).WithMessage($"每次延期 1 到 {most} 天");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写延期理由").MaximumLength(1000).WithMessage("延期理由最多 1000 个字符");
    }
}

internal sealed class RequestExtensionHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<RequestExtension, Guid>
{
    public async Task<Guid> Handle(RequestExtension c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        dispute.RequestExtension(c.Days!.Value, c.Reason!.Trim(), acts.ByCaller());
        return dispute.Id;
    }
}
