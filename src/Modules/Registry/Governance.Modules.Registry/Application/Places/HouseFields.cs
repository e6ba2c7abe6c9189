using Governance.Modules.Registry.Domain;

namespace Governance.Modules.Registry.Application.Places;

internal interface IHouseFields
{
    Guid? AddressId { get; }

    HouseType? Type { get; }

    Guid? OwnerPersonId { get; }

    bool? IsRental { get; }

    int? Rooms { get; }

    decimal? Area { get; }
}

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
