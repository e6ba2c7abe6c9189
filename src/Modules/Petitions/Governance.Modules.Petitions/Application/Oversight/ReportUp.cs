using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>
/// 重大紧急 items are reported up at once (《信访工作条例》第二十五条): the petition is flagged and the county level gets
/// a to-do of its own.
/// </summary>
internal sealed record ReportUp(string? Note) : PetitionCommand;

internal sealed class ReportUpValidator : AbstractValidator<ReportUp>
{
    public ReportUpValidator() => RuleFor(c => c.Note).RequiredText("上报情况说明", 4000);
}

internal sealed class ReportUpHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<ReportUp, Guid>
{
    public async Task<Guid> Handle(ReportUp request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.ReportUp(request.Note!.Trim(), acts.ByCaller());
        return petition.Id;
    }
}

internal static class ReportUpEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<ReportUp>(endpoints, "report-up", PetitionPermissions.Route, "重大紧急事项即时上报");
    }
}
