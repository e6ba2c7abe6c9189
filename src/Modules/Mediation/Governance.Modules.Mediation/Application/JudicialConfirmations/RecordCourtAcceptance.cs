using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.JudicialConfirmations;

/// <summary>The court's decision on accepting the application (3 days; “调确字” case number when accepted).</summary>
internal sealed record RecordCourtAcceptance(bool? Accepted, string? CaseNumber, DateTimeOffset? At, string? Note) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<RecordCourtAcceptance>(routes.Disputes, "judicial-confirmation/acceptance", MediationPermissions.Mediate, "记录法院是否受理（调确字案号）");
}

internal sealed class RecordCourtAcceptanceValidator : AbstractValidator<RecordCourtAcceptance>
{
    public RecordCourtAcceptanceValidator()
    {
        RuleFor(c => c.Accepted).NotNull().WithMessage("请填写法院是否受理");
        RuleFor(c => c.CaseNumber).NotEmpty().When(c => c.Accepted == true).WithMessage("法院受理的，请填写“调确字”案号")
            .Must(n => n is null || n.Contains("调确", StringComparison.Ordinal)).WithMessage("司法确认案号应为“调确字”号")
            .MaximumLength(64).WithMessage("案号最多 64 个字符");
        RuleFor(c => c.Note).MaximumLength(1000).WithMessage("说明最多 1000 个字符");
    }
}

internal sealed class RecordCourtAcceptanceHandler(MediationDbContext db, CaseActs acts, IDisputeDeadlines deadlines)
    : IRequestHandler<RecordCourtAcceptance, Guid>
{
    public async Task<Guid> Handle(RecordCourtAcceptance c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        await dispute.RecordCourtAcceptanceAsync(c.Accepted!.Value, c.CaseNumber, c.At, c.Note, deadlines, acts.ByCaller(), ct);
        return dispute.Id;
    }
}
