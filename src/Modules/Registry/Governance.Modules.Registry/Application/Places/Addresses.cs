using Governance.SharedKernel.Http;
using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record AddressView(
    Guid Id, string Code, string FullText, string RegionCode, string? GridCode, string ScopeCode, DateTimeOffset UpdatedAt, uint Version)
{
    public static AddressView From(StandardAddress a) =>
        new(a.Id, a.Code, a.FullText, a.Region.Value, a.Grid?.Value, a.ScopeCode, a.UpdatedAt, a.Version);
}

/// <summary>The fields of a standard address; its code is fixed once given.</summary>
internal interface IAddressFields
{
    string? FullText { get; }

    string? RegionCode { get; }

    string? GridCode { get; }
}

internal sealed record CreateAddress(string? Code, string? FullText, string? RegionCode, string? GridCode)
    : ICommand<AddressView>, IAddressFields;

internal sealed record AddressChanges(string? FullText, string? RegionCode, string? GridCode) : IAddressFields;

internal sealed record UpdateAddress(Guid Id, uint ExpectedVersion, AddressChanges Changes) : ICommand<AddressView>;

internal sealed class AddressFieldsValidator : AbstractValidator<IAddressFields>
{
    public AddressFieldsValidator(RegistryDbContext db)
    {
        RuleFor(a => a.FullText).NotEmpty().WithMessage("请填写完整地址").MaximumLength(300).WithMessage("完整地址最多 300 个字符");
        Placement.AddRules(this, db, a => a.RegionCode, a => a.GridCode, "地址所在");
    }
}

internal sealed class CreateAddressValidator : AbstractValidator<CreateAddress>
{
    public CreateAddressValidator(RegistryDbContext db)
    {
        RuleFor(a => a.Code).NotEmpty().WithMessage("请填写地址编码").MaximumLength(64).WithMessage("地址编码最多 64 个字符")
            .Matches("^[0-9A-Za-z-]+$").WithMessage("地址编码只能包含数字、字母和连字符");
        Include(new AddressFieldsValidator(db));
    }
}

internal sealed class UpdateAddressValidator : AbstractValidator<UpdateAddress>
{
    public UpdateAddressValidator(RegistryDbContext db) =>
        RuleFor(c => c.Changes).NotNull().SetValidator(new AddressFieldsValidator(db)).OverridePropertyName("");
}

internal sealed class CreateAddressHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateAddress, AddressView>
{
    public async Task<AddressView> Handle(CreateAddress request, CancellationToken ct)
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

internal sealed class UpdateAddressHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateAddress, AddressView>
{
    public async Task<AddressView> Handle(UpdateAddress request, CancellationToken ct)
    {
        var address = user.EnsureVisible(await db.Addresses.FirstOrDefaultAsync(a => a.Id == request.Id, ct), "地址");
        EntityTags.EnsureCurrent(request.ExpectedVersion, address.Version, "地址");
        var placement = Placement.Of(request.Changes.RegionCode, request.Changes.GridCode);
        user.EnsureWithinJurisdiction(placement.ScopeCode, "地址");
        (address.FullText, address.Region, address.Grid, address.ScopeCode, address.UpdatedAt) =
            (request.Changes.FullText!.Trim(), placement.Region, placement.Grid, placement.ScopeCode, clock.GetUtcNow());

        // Houses follow their address into its new scope.
        await db.Houses.Where(h => h.AddressId == address.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.ScopeCode, placement.ScopeCode), ct);
        await db.SaveChangesAsync(ct);
        return AddressView.From(address);
    }
}
