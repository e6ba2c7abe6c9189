namespace Governance.Modules.Registry.Application.Places;

/// <summary>The fields of a standard address; its code is fixed once given.</summary>
internal interface IAddressFields
{
    string? FullText { get; }

    string? RegionCode { get; }

    string? GridCode { get; }
}

internal sealed class AddressFieldsValidator : AbstractValidator<IAddressFields>
{
    public AddressFieldsValidator(RegistryDbContext db)
    {
        RuleFor(a => a.FullText).NotEmpty().WithMessage("请填写完整地址").MaximumLength(300).WithMessage("完整地址最多 300 个字符");
        Placement.AddRules(this, db, a => a.RegionCode, a => a.GridCode, "地址所在");
    }
}
