using Governance.SharedKernel.Http;
using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Contracts.Events;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record HouseView(
    Guid Id, Guid AddressId, HouseType Type, string TypeName, Guid? OwnerPersonId, bool IsRental, int Rooms, decimal? Area,
    string ScopeCode, DateTimeOffset UpdatedAt, uint Version)
{
    public static HouseView From(House h) => new(h.Id, h.AddressId, h.Type, CodeTables.HouseTypes[h.Type], h.OwnerPersonId,
        h.IsRental, h.Rooms, h.Area, h.ScopeCode, h.UpdatedAt, h.Version);
}

internal interface IHouseFields
{
    Guid? AddressId { get; }

    HouseType? Type { get; }

    Guid? OwnerPersonId { get; }

    bool? IsRental { get; }

    int? Rooms { get; }

    decimal? Area { get; }
}

internal sealed record RegisterHouse(Guid? AddressId, HouseType? Type, Guid? OwnerPersonId, bool? IsRental, int? Rooms, decimal? Area)
    : ICommand<HouseView>, IHouseFields;

internal sealed record HouseChanges(Guid? AddressId, HouseType? Type, Guid? OwnerPersonId, bool? IsRental, int? Rooms, decimal? Area)
    : IHouseFields;

internal sealed record UpdateHouse(Guid Id, uint ExpectedVersion, HouseChanges Changes) : ICommand<HouseView>;

internal sealed class HouseFieldsValidator : AbstractValidator<IHouseFields>
{
    public HouseFieldsValidator(RegistryDbContext db)
    {
        RuleFor(h => h.AddressId).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("请指定房屋所在的标准地址")
            .MustAsync((id, ct) => db.Addresses.AnyAsync(a => a.Id == id, ct)).WithMessage("标准地址不存在");
        RuleFor(h => h.Type).NotNull().WithMessage("请填写房屋用途").IsInEnum().WithMessage("房屋用途不在代码表中");
        RuleFor(h => h.OwnerPersonId).MustAsync((id, ct) => db.Persons.AnyAsync(p => p.Id == id, ct))
            .When(h => h.OwnerPersonId is not null).WithMessage("房主不在实有人口中，请先登记房主");
        RuleFor(h => h.IsRental).NotNull().WithMessage("请说明是否出租");
        RuleFor(h => h.Rooms).NotNull().WithMessage("请填写间数").InclusiveBetween(0, 1000).WithMessage("间数应为 0–1000");
        RuleFor(h => h.Area).InclusiveBetween(0, 1_000_000).WithMessage("建筑面积应为 0–1000000 平方米");
    }
}

internal sealed class RegisterHouseValidator : AbstractValidator<RegisterHouse>
{
    public RegisterHouseValidator(RegistryDbContext db) => Include(new HouseFieldsValidator(db));
}

internal sealed class UpdateHouseValidator : AbstractValidator<UpdateHouse>
{
    public UpdateHouseValidator(RegistryDbContext db) =>
        RuleFor(c => c.Changes).NotNull().SetValidator(new HouseFieldsValidator(db)).OverridePropertyName("");
}

internal sealed class RegisterHouseHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RegisterHouse, HouseView>
{
    public async Task<HouseView> Handle(RegisterHouse request, CancellationToken ct)
    {
        var address = user.EnsureVisible(await db.Addresses.FirstOrDefaultAsync(a => a.Id == request.AddressId, ct), "标准地址");
        var now = clock.GetUtcNow();
        var house = new House { Id = Guid.CreateVersion7(now), ScopeCode = address.ScopeCode, CreatedAt = now };
        house.Apply(request, now);
        db.Houses.Add(house);
        db.Publish(new HouseRegistered(house.Id, house.AddressId, house.ScopeCode, house.IsRental, house.OwnerPersonId) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        return HouseView.From(house);
    }
}

internal sealed class UpdateHouseHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateHouse, HouseView>
{
    public async Task<HouseView> Handle(UpdateHouse request, CancellationToken ct)
    {
        var house = user.EnsureVisible(await db.Houses.FirstOrDefaultAsync(h => h.Id == request.Id, ct), "房屋");
        EntityTags.EnsureCurrent(request.ExpectedVersion, house.Version, "房屋");
        var address = user.EnsureVisible(await db.Addresses.FirstOrDefaultAsync(a => a.Id == request.Changes.AddressId, ct), "标准地址");
        house.ScopeCode = address.ScopeCode;
        house.Apply(request.Changes, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return HouseView.From(house);
    }
}

internal static class HouseFields
{
    public static void Apply(this House house, IHouseFields fields, DateTimeOffset now)
    {
        house.AddressId = fields.AddressId!.Value;
        house.Type = fields.Type!.Value;
        house.OwnerPersonId = fields.OwnerPersonId;
        house.IsRental = fields.IsRental!.Value;
        house.Rooms = fields.Rooms!.Value;
        house.Area = fields.Area;
        house.UpdatedAt = now;
    }
}
