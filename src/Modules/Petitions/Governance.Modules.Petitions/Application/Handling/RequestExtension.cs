using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Handling;

/// <summary>
/// 申请延期: the handler asks, with a reason, to extend the handling deadline by <see cref="Days"/> days — once, and to no
/// later than the extension rule allows counted from the handling deadline (30 days; 浙江 60) (《信访工作条例》第三十四条).
/// </summary>
internal sealed record RequestExtension(int? Days, string? Reason) : PetitionCommand;

internal sealed class RequestExtensionValidator : AbstractValidator<RequestExtension>
{
    public RequestExtensionValidator()
    {
        RuleFor(c => c.Days).NotNull().WithMessage("请填写延长的天数").InclusiveBetween(1, 366).WithMessage("延长天数应为 1 到 366 之间的整数");
        RuleFor(c => c.Reason).RequiredText("延期理由", 1000);
    }
}

internal sealed class RequestExtensionHandler(PetitionsDbContext db, CaseActs acts, PetitionDeadlines deadlines)
    : IRequestHandler<RequestExtension, Guid>
{
    public async Task<Guid> Handle(RequestExtension request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        // The deadline instant is 24:00 of its last day, which the policy would otherwise read as the next day.
        var longest = petition.HandlingDue is { } handlingDue
            ? (await deadlines.DueAsync(PetitionDeadlines.HandlingExtension, handlingDue.AddSeconds(-1), ct)).Due
            : (DateTimeOffset?)null;
        petition.RequestHandlingExtension(request.Days!.Value, request.Reason!.Trim(), longest, acts.ByCaller());
        return petition.Id;
    }
}

internal static class RequestExtensionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<RequestExtension>(endpoints, "extension", PetitionPermissions.Handle, "申请延长办理期限");
    }
}
