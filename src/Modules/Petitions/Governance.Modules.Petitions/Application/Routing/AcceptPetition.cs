using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using Microsoft.EntityFrameworkCore;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Routing;

/// <summary>
/// 受理: by the 信访 office directly or by the department it was transferred/assigned to. The matter's clock starts:
/// 60 days (浙江 30) for a 信访处理意见书 (第三十四条), the rule of the duty route, of 建议意见 or of 检举控告 otherwise. A repeat of a matter still open within its time limit elsewhere is not accepted again
/// (《信访工作条例》第十九条、第二十条).
/// </summary>
/// <param name="AcceptedAt">The day of 受理 when the paper is entered later; the handling time limit runs from it.</param>
/// <param name="Route">第三十一条's way for a 申诉求决 matter (the 信访处理意见书 when absent); its clock follows from it.</param>
internal sealed record AcceptPetition(string? Note, DateTimeOffset? AcceptedAt = null, HandlingRoute? Route = null) : PetitionCommand;

internal sealed class AcceptPetitionValidator : AbstractValidator<AcceptPetition>
{
    public AcceptPetitionValidator()
    {
        RuleFor(c => c.Note).Note();
        RuleFor(c => c.Route).IsInEnum();
    }
}

internal sealed class AcceptPetitionHandler(PetitionsDbContext db, CaseActs acts, PetitionDeadlines deadlines)
    : IRequestHandler<AcceptPetition, Guid>
{
    public async Task<Guid> Handle(AcceptPetition request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var rule = PetitionDeadlines.HandlingRuleFor(petition.Category, petition.RouteFor(request.Route));
        var handling = await deadlines.DueAsync(rule, request.AcceptedAt ?? acts.Now, ct);
        // Whoever may see the petition has a jurisdiction: the accepting body is known by it (第三十五条's 原办理机关).
        petition.Accept(handling, await OpenOriginalAsync(petition, ct), acts.User.Jurisdiction!.Value.Code, request.Note, acts.ByCaller(),
            request.AcceptedAt, request.Route);
        return petition.Id;
    }

    private async Task<OpenOriginal?> OpenOriginalAsync(Petition petition, CancellationToken ct)
    {
        if (petition.OriginalPetitionId is not { } originalId)
        {
            return null;
        }

        var now = acts.Now;
        var open = await db.Petitions.AsNoTracking()
            .Where(p => p.Id == originalId && p.ClosedAt == null && p.Deadline.Due != null && p.Deadline.Due >= now)
            .Select(p => new { p.TrackingNumber, p.HandlingDepartment, p.Deadline.Due })
            .FirstOrDefaultAsync(ct);
        return open is null ? null : new OpenOriginal(open.TrackingNumber, open.HandlingDepartment, open.Due);
    }
}

internal static class AcceptPetitionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<AcceptPetition>(endpoints, "accept", PetitionPermissions.Route, "受理（开始计算办理期限）");
    }
}
