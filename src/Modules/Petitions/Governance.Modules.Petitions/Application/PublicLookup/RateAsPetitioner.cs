using FluentValidation;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.PublicLookup;

/// <summary>The petitioner rates the handling once the petition has been answered; the timeline names the petitioner online.</summary>
internal sealed record RateAsPetitioner(string? TrackingNumber, string? QueryCode, Satisfaction? Satisfaction)
    : ICommand<PublicProgress>, IPublicKey;

internal sealed class RateAsPetitionerValidator : AbstractValidator<RateAsPetitioner>
{
    public RateAsPetitionerValidator()
    {
        this.AddKeyRules();
        RuleFor(c => c.Satisfaction).NotNull().WithMessage("请选择评价（满意、基本满意、不满意）").IsInEnum();
    }
}

internal sealed class RateAsPetitionerHandler(PetitionsDbContext db, CaseActs acts) : IRequestHandler<RateAsPetitioner, PublicProgress>
{
    public async Task<PublicProgress> Handle(RateAsPetitioner request, CancellationToken ct)
    {
        var petition = await PublicPetitions.FindAsync(db, request, ct);
        petition.Rate(request.Satisfaction!.Value, "信访人网上评价", acts.BySystem("信访人（网上评价）"));
        return PublicPetitions.View(petition);
    }
}

internal static class RateAsPetitionerEndpoint
{
    public static void Map(IEndpointRouteBuilder publicGroup) =>
        publicGroup.MapPost("rating", (RateAsPetitioner command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .WithSummary("信访人对已答复的信访件评价（满意、基本满意、不满意；每件一次）");
}
