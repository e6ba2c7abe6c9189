using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>Registers a unit; without <see cref="Type"/> it is read from positions 1–2 of the credit code.</summary>
internal sealed record RegisterOrganisation(
    string? Name, string? CreditCode, OrganisationType? Type, Guid? AddressId, string? Address,
    Guid? LegalRepresentativePersonId, string? RegionCode, string? GridCode) : ICommand<OrganisationView>, IOrganisationFields;

internal sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    public RegisterOrganisationValidator(RegistryDbContext db)
    {
        RuleFor(o => o.CreditCode).NotEmpty().WithMessage("请填写统一社会信用代码").MustBeUnifiedSocialCreditCode();
        Include(new OrganisationFieldsValidator(db));
    }
}

internal sealed class RegisterOrganisationHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RegisterOrganisation, OrganisationView>
{
    public async Task<OrganisationView> Handle(RegisterOrganisation request, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Parse(request.CreditCode!);
        var placement = Placement.Of(request.RegionCode, request.GridCode);
        user.EnsureWithinJurisdiction(placement.ScopeCode, "单位所在地");
        if (await db.Organisations.Where(o => o.CreditCode == code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            throw new ConflictException($"统一社会信用代码 {code} 已登记", new Dictionary<string, object?> { ["existingId"] = existing });
        }

        var now = clock.GetUtcNow();
        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = code,
            Name = "",
            Region = placement.Region,
            ScopeCode = "",
            CreatedAt = now,
        };
        organisation.Apply(request with { Type = request.Type ?? OrganisationTypes.FromCreditCode(code.Value) }, placement, now);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return OrganisationView.From(organisation);
    }
}

internal static class RegisterOrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder organisations) =>
        organisations.MapPost("", (RegisterOrganisation c, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.Created(h, m.Send(c, ct), o => ($"organisations/{o.Id}", o.Version)))
            .Write()
            .AcceptsIdempotencyKey<RegistryDbContext>()
            .WithSummary("登记实有单位（统一社会信用代码查重）");
}
