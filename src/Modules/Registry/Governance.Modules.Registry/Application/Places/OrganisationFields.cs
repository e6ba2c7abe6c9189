using Governance.Modules.Registry.Domain;

namespace Governance.Modules.Registry.Application.Places;

internal interface IOrganisationFields
{
    string? Name { get; }

    OrganisationType? Type { get; }

    Guid? AddressId { get; }

    string? Address { get; }

    Guid? LegalRepresentativePersonId { get; }

    string? RegionCode { get; }

    string? GridCode { get; }
}

internal sealed class OrganisationFieldsValidator : AbstractValidator<IOrganisationFields>
{
    public OrganisationFieldsValidator(RegistryDbContext db)
    {
        RuleFor(o => o.Name).NotEmpty().WithMessage("请填写单位名称").MaximumLength(200).WithMessage("单位名称最多 200 个字符");
        RuleFor(o => o.Type).IsInEnum().WithMessage("单位类型不在代码表中");
        RuleFor(o => o.AddressId).MustAsync((id, ct) => db.Addresses.AnyAsync(a => a.Id == id, ct))
            .When(o => o.AddressId is not null).WithMessage("标准地址不存在");
        RuleFor(o => o.Address).MaximumLength(300).WithMessage("地址最多 300 个字符");
        RuleFor(o => o.LegalRepresentativePersonId).MustAsync((id, ct) => db.Persons.AnyAsync(p => p.Id == id, ct))
            .When(o => o.LegalRepresentativePersonId is not null).WithMessage("法定代表人不在实有人口中，请先登记");
        Placement.AddRules(this, db, o => o.RegionCode, o => o.GridCode, "单位所在");
    }
}

internal static class OrganisationFields
{
    public static void Apply(this Organisation o, IOrganisationFields fields, Placement placement, DateTimeOffset now)
    {
        o.Name = fields.Name!.Trim();
        o.Type = fields.Type!.Value;
        o.AddressId = fields.AddressId;
        o.Address = string.IsNullOrWhiteSpace(fields.Address) ? null : fields.Address.Trim();
        o.LegalRepresentativePersonId = fields.LegalRepresentativePersonId;
        (o.Region, o.Grid, o.ScopeCode, o.UpdatedAt) = (placement.Region, placement.Grid, placement.ScopeCode, now);
    }
}
