using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Handling;

/// <summary>送达: the written answer reached the petitioner; the 30-day window to ask for 复查 starts (第三十五条).</summary>
/// <param name="DeliveredAt">The day the petitioner received the answer, when the receipt is entered later.</param>
internal sealed record DeliverAnswer(string? Note, DateTimeOffset? DeliveredAt = null) : PetitionCommand;

internal sealed class DeliverAnswerValidator : AbstractValidator<DeliverAnswer>
{
    public DeliverAnswerValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class DeliverAnswerHandler(PetitionsDbContext db, CaseActs acts, PetitionDeadlines deadlines)
    : IRequestHandler<DeliverAnswer, Guid>
{
    public async Task<Guid> Handle(DeliverAnswer request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var reviewRequest = await deadlines.DueAsync(PetitionDeadlines.ReviewRequest, request.DeliveredAt ?? acts.Now, ct);
        petition.Deliver(reviewRequest, request.Note, acts.ByCaller(), request.DeliveredAt);
        return petition.Id;
    }
}

internal static class DeliverAnswerEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<DeliverAnswer>(endpoints, "deliver", PetitionPermissions.Handle, "送达处理意见书（开始计算复查请求期限）");
    }
}
