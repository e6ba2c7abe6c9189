using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>The fields of a person that registration and update both carry.</summary>
internal interface IPersonFields
{
    string? Name { get; }

    Sex? Sex { get; }

    DateOnly? BirthDate { get; }

    string? Ethnicity { get; }

    string? HouseholdRegionCode { get; }

    string? HouseholdAddress { get; }

    string? CurrentRegionCode { get; }

    string? GridCode { get; }

    string? CurrentAddress { get; }

    string? Phone { get; }

    PopulationType? PopulationType { get; }
}

internal sealed class PersonFieldsValidator : AbstractValidator<IPersonFields>
{
    public PersonFieldsValidator(RegistryDbContext db, TimeProvider clock)
    {
        RuleFor(p => p.Name).Custom((name, context) =>
        {
            if (PersonRules.NameProblem(name) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
        RuleFor(p => p.Sex).IsInEnum().WithMessage("性别应为 Male 或 Female");
        RuleFor(p => p.BirthDate).LessThanOrEqualTo(_ => CitizenId.TodayInChina(clock)).WithMessage("出生日期不能晚于今天");
        RuleFor(p => p.Ethnicity).NotEmpty().WithMessage("请填写民族")
            .Must(e => Ethnicities.Find(e) is not null).When(p => !string.IsNullOrEmpty(p.Ethnicity), ApplyConditionTo.CurrentValidator)
            .WithMessage(Ethnicities.AllowedText);
        RuleFor(p => p.HouseholdRegionCode).MustBeRegionCode()
            .MustAsync((code, ct) => HouseholdRegionKnownAsync(db, code!, ct))
            .When(p => RegionCode.TryParse(p.HouseholdRegionCode, out _, out _), ApplyConditionTo.CurrentValidator)
            .WithMessage(p => $"户籍地区划 {p.HouseholdRegionCode} 所在的县级区划不在区划代码表中");
        RuleFor(p => p.HouseholdAddress).MaximumLength(PersonRules.MaxAddressLength).WithMessage($"户籍地址最多 {PersonRules.MaxAddressLength} 个字符");
        Placement.AddRules(this, db, p => p.CurrentRegionCode, p => p.GridCode, "现住地");
        RuleFor(p => p.CurrentAddress).NotEmpty().WithMessage("请填写现住地址")
            .MaximumLength(PersonRules.MaxAddressLength).WithMessage($"现住地址最多 {PersonRules.MaxAddressLength} 个字符");
        RuleFor(p => p.Phone).MustBePhoneNumber();
        RuleFor(p => p.PopulationType).NotNull().WithMessage("请填写人口类型：Household 户籍、Floating 流动、Separated 人户分离、Overseas 境外")
            .IsInEnum().WithMessage("人口类型应为 Household、Floating、Separated 或 Overseas");
    }

    /// <summary>Where a person lives: the current region (or the grid's village) and the grid.</summary>
    public static Placement PlacementOf(IPersonFields fields) => Placement.Of(fields.CurrentRegionCode, fields.GridCode);

    // Codes below county level outside the served county are not in the table; their county is.
    private static Task<bool> HouseholdRegionKnownAsync(RegistryDbContext db, string text, CancellationToken ct)
    {
        var code = RegionCode.Parse(text);
        var county = code.AncestorAt(RegionLevel.County) ?? code;
        return db.Regions.AnyAsync(r => r.Code == county.Value || r.Code == code.Value, ct);
    }
}
