using FluentValidation;
using FluentValidation.Results;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Registration;

/// <summary>
/// Registers a letter, visit, call or online petition (《信访工作条例》第十七条至第二十二条). Petitioners are Registry
/// persons/organisations by id; none (anonymous, or name and address unclear) marks it 无法告知. Linking an earlier
/// petition of the same petitioner (<see cref="OriginalPetitionId"/>) makes it a repeat; a matter already finished after
/// 复核 is recorded as 不再受理.
/// </summary>
internal sealed record RegisterPetition(
    PetitionChannel? Channel,
    PetitionCategory? Category,
    PetitionDomain? Domain,
    string? Subject,
    string? Content,
    string? RegionCode,
    DateTimeOffset? ReceivedAt,
    IReadOnlyList<Guid>? PetitionerPersonIds,
    IReadOnlyList<Guid>? PetitionerOrganisationIds,
    IReadOnlyList<Guid>? RepresentativeIds,
    int? Headcount,
    bool CannotNotify,
    bool IsLitigationRelated,
    bool IsMajorUrgent,
    Guid? OriginalPetitionId) : ICommand<RegistrationResult>, IAuditedCommand
{
    string? IAuditedCommand.AuditRecordType => "petition";
}

/// <summary>The registered petition, its query code (shown this once, for the petitioner's receipt) and possible originals.</summary>
internal sealed record RegistrationResult(PetitionView Petition, string QueryCode, IReadOnlyList<DuplicateCandidate> DuplicateCandidates)
    : IAuditedResult
{
    string? IAuditedResult.AuditRecordId => Petition.Id.ToString();
}

internal sealed class RegisterPetitionValidator : AbstractValidator<RegisterPetition>
{
    public RegisterPetitionValidator(TimeProvider clock)
    {
        RuleFor(c => c.Channel).NotNull().WithMessage("请选择信访渠道（走访、来信、电话、网上信访、领导信箱、传真）").IsInEnum();
        RuleFor(c => c.Category).NotNull().WithMessage("请选择信访事项类别（建议意见类、检举控告类、申诉求决类）").IsInEnum();
        RuleFor(c => c.Domain).NotNull().WithMessage("请选择信访事项所属领域").IsInEnum();
        RuleFor(c => c.Subject).PetitionSubject();
        RuleFor(c => c.Content).PetitionContent();
        RuleFor(c => c.RegionCode).NotEmpty().WithMessage("请填写信访事项发生地的区划代码").MustBeRegionCode();
        RuleFor(c => c.ReceivedAt).Must(at => at <= clock.GetUtcNow().AddMinutes(5)).When(c => c.ReceivedAt is not null)
            .WithMessage("收件时间不能晚于当前时间");
        RuleFor(c => c.Headcount).InclusiveBetween(1, 100_000).WithMessage("信访人数应在 1 到 100000 之间");
        RuleFor(c => c.PetitionerPersonIds).PetitionerIds();
        RuleFor(c => c.PetitionerOrganisationIds).Must(ids => ids!.Count <= 50 && ids.All(id => id != Guid.Empty))
            .When(c => c.PetitionerOrganisationIds is not null).WithMessage("信访单位 ID 无效或超过 50 个");
        RuleFor(c => c.RepresentativeIds).Must(ids => ids!.Count <= Petition.MaxRepresentatives)
            .When(c => c.RepresentativeIds is not null)
            .WithMessage($"多人走访推选的代表不得超过 {Petition.MaxRepresentatives} 人（《信访工作条例》第二十条）");
        RuleFor(c => c.RepresentativeIds).Must((c, ids) => ids!.All(id => c.PetitionerPersonIds?.Contains(id) == true))
            .When(c => c.RepresentativeIds is { Count: > 0 }).WithMessage("代表应是本件的信访人之一");
        RuleFor(c => c.RepresentativeIds).NotEmpty()
            .When(c => c.Channel == PetitionChannel.Visit && c.Headcount > Petition.MaxRepresentatives)
            .WithMessage($"多人走访应推选代表（不超过 {Petition.MaxRepresentatives} 人）并登记（《信访工作条例》第二十条）");
    }
}

internal sealed class RegisterPetitionHandler(PetitionsDbContext db, CaseActs acts, IMediator mediator, PetitionDeadlines deadlines)
    : IRequestHandler<RegisterPetition, RegistrationResult>
{
    public async Task<RegistrationResult> Handle(RegisterPetition request, CancellationToken ct)
    {
        var user = acts.User;
        var region = RegionCode.Parse(request.RegionCode!);
        user.EnsureWithinJurisdiction(region.Value, PetitionWorkflow.Record);
        if (await mediator.Send(new GetRegion(region.Value), ct) is null)
        {
            throw Invalid("regionCode", $"区划代码 {region.Value} 不在区划代码表中");
        }

        var personIds = (request.PetitionerPersonIds ?? []).Distinct().ToList();
        await Petitioners.EnsureExistAsync(mediator, personIds, ct);
        var original = request.OriginalPetitionId is { } originalId ? await db.FindVisibleAsync(user, originalId, ct) : null;

        var now = acts.Now;
        var receivedAt = request.ReceivedAt?.ToUniversalTime() ?? now;
        var trackingNumber = await TrackingNumbers.NextAsync(db, region.Value, now, ct);
        var queryCode = TrackingNumbers.NewQueryCode();
        var petition = Petition.Register(
            new NewPetition(
                trackingNumber, TrackingNumbers.HashOf(trackingNumber, queryCode), request.Channel!.Value, request.Category!.Value,
                request.Domain!.Value, request.Subject!.Trim(), request.Content!.Trim(), region.Value, receivedAt, personIds,
                (request.PetitionerOrganisationIds ?? []).Distinct().ToList(), (request.RepresentativeIds ?? []).Distinct().ToList(),
                request.Headcount ?? Math.Max(1, personIds.Count), request.CannotNotify, request.IsLitigationRelated, request.IsMajorUrgent),
            await deadlines.DueAsync(PetitionDeadlines.Registration, receivedAt, ct),
            await deadlines.DueAsync(PetitionDeadlines.AcceptanceNotice, receivedAt, ct),
            original, acts.ByCaller());
        db.Petitions.Add(petition);

        // Saved here, not only by the unit of work: the answer carries the new row's version as its ETag.
        await db.SaveChangesAsync(ct);
        var candidates = original is null
            ? await ListDuplicatesHandler.FindAsync(db, user, personIds, petition.Domain, petition.Subject, petition.Id, ct)
            : [];
        return new RegistrationResult(PetitionView.From(petition, user, now), queryCode, candidates);
    }

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}

internal static class RegisterPetitionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("", async (RegisterPetition command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var result = await mediator.Send(command, ct);
                EntityTags.Set(http, result.Petition.Version);
                return Results.Created($"/api/petitions/{result.Petition.Id}", result);
            })
            .RequirePermission(PetitionPermissions.Register)
            .AcceptsIdempotencyKey<PetitionsDbContext>()
            .WithExamples(RegistrationExample.Request, RegistrationExample.Response, StatusCodes.Status201Created)
            .WithSummary("登记信访件（返回信访件编号、一次性查询码和可能的重复信访原件）");
}
