using FluentValidation;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.PublicLookup;

/// <summary>
/// A petitioner's anonymous lookup by tracking number and query code (《信访工作条例》第二十一条: 信访人可查询办理进展并评价).
/// No personal data: state, dates, handling body and answer outcome only. A wrong number or code is the same 404.
/// </summary>
internal sealed record GetPublicProgress(string? TrackingNumber, string? QueryCode) : IQuery<PublicProgress>, IPublicKey;

internal sealed class GetPublicProgressValidator : AbstractValidator<GetPublicProgress>
{
    public GetPublicProgressValidator() => this.AddKeyRules();
}

internal sealed class GetPublicProgressHandler(PetitionsDbContext db) : IRequestHandler<GetPublicProgress, PublicProgress>
{
    public async Task<PublicProgress> Handle(GetPublicProgress request, CancellationToken ct) =>
        PublicPetitions.View(await PublicPetitions.FindAsync(db, request, ct));
}

internal static class GetPublicProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder publicGroup) =>
        publicGroup.MapPost("progress", (GetPublicProgress query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("信访人凭信访件编号和查询码查询办理进展（无需登录，不含个人信息）");
}
