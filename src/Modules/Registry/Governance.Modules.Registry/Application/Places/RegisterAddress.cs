using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Idempotency;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>Registers a standard address; its code is fixed once given.</summary>
internal sealed record RegisterAddress(string? Code, string? FullText, string? RegionCode, string? GridCode)
    : ICommand<AddressView>, IAddressFields;

internal sealed class RegisterAddressValidator : AbstractValidator<RegisterAddress>
{
    public RegisterAddressValidator(RegistryDbContext db)
    {
        RuleFor(a => a.Code).NotEmpty().WithMessage("请填写地址编码").MaximumLength(64).WithMessage("地址编码最多 64 个字符")
            .Matches("^[0-9A-Za-z-]+$").WithMessage("地址编码只能包含数字、字母和连字符");
        Include(new AddressFieldsValidator(db));
    }
}

internal sealed class RegisterAddressHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RegisterAddress, AddressView>
{
    public async Task<AddressView> Handle(RegisterAddress request, CancellationToken ct)
    {
        var placement = Placement.Of(request.RegionCode, request.GridCode);
        user.EnsureWithinJurisdiction(placement.ScopeCode, "地址");
        var code = request.Code!.Trim();
        if (await db.Addresses.Where(a => a.Code == code).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            throw new ConflictException($"地址编码 {code} 已登记", new Dictionary<string, object?> { ["existingId"] = existing });
        }

        var now = clock.GetUtcNow();
        var address = new StandardAddress
        {
            Id = Guid.CreateVersion7(now),
            Code = code,
            FullText = request.FullText!.Trim(),
            Region = placement.Region,
            Grid = placement.Grid,
            ScopeCode = placement.ScopeCode,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Addresses.Add(address);
        await db.SaveChangesAsync(ct);
        return AddressView.From(address);
    }
}

internal static class RegisterAddressEndpoint
{
    public static void Map(IEndpointRouteBuilder addresses) =>
        addresses.MapPost("", (RegisterAddress c, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.Created(h, m.Send(c, ct), a => ($"addresses/{a.Id}", a.Version)))
            .Write()
            .AcceptsIdempotencyKey<RegistryDbContext>()
            .WithSummary("登记标准地址");
}
