using System.Globalization;
using Governance.Modules.Registry.Application.Persons;
using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>A ledger row that passed every check that needs no database; set-based checks follow in staging.</summary>
internal sealed record StagedPerson(
    int Row,
    CitizenId CitizenId,
    string Name,
    string Ethnicity,
    RegionCode? HouseholdRegion,
    string? HouseholdAddress,
    RegionCode CurrentRegion,
    GridCode? Grid,
    string CurrentAddress,
    string ScopeCode,
    PhoneNumber? Phone,
    PopulationType PopulationType);

internal sealed record RowError(int Row, string Column, string Reason);

/// <summary>
/// Checks one ledger row in memory, as the file streams past: every problem of the row is reported, including codes
/// missing from the region and grid tables.
/// </summary>
internal sealed class LedgerRowParser(LedgerColumns columns, string jurisdiction, DateOnly today, ImportReferenceData known)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d"];

    public StagedPerson? Parse(LedgerReader reader, List<RowError> errors)
    {
        var row = reader.RowNumber;
        var before = errors.Count;
        if (reader.IsBadData)
        {
            errors.Add(new RowError(row, "整行", "CSV 格式错误：引号不成对"));
            return null;
        }

        string Cell(LedgerColumn column) => reader.Cell(columns[column]);
        void Fail(LedgerColumn column, string reason) => errors.Add(new RowError(row, LedgerColumns.LabelOf(column), reason));

        CitizenId.TryParse(Cell(LedgerColumn.CitizenId), today, out var citizenId, out var idError);
        if (idError is not null)
        {
            Fail(LedgerColumn.CitizenId, idError.Message);
        }

        var name = Cell(LedgerColumn.Name);
        if (PersonRules.NameProblem(name) is { } nameProblem)
        {
            Fail(LedgerColumn.Name, nameProblem);
        }

        if (citizenId is not null)
        {
            CrossCheck(citizenId, Cell(LedgerColumn.Sex), Cell(LedgerColumn.BirthDate), Fail);
        }

        var ethnicity = Ethnicities.Find(Cell(LedgerColumn.Ethnicity));
        if (ethnicity is null)
        {
            Fail(LedgerColumn.Ethnicity, Ethnicities.AllowedText);
        }

        var householdRegion = OptionalRegion(Cell(LedgerColumn.HouseholdRegionCode), LedgerColumn.HouseholdRegionCode, Fail);
        if (householdRegion is not null && !known.Regions.Contains(householdRegion.Value)
            && !known.Regions.Contains((householdRegion.AncestorAt(RegionLevel.County) ?? householdRegion).Value))
        {
            Fail(LedgerColumn.HouseholdRegionCode, $"户籍地区划 {householdRegion.ShortForm} 所在的县级区划不在区划代码表中");
        }

        var householdAddress = Text(Cell(LedgerColumn.HouseholdAddress), LedgerColumn.HouseholdAddress, required: false, Fail);
        var currentAddress = Text(Cell(LedgerColumn.CurrentAddress), LedgerColumn.CurrentAddress, required: true, Fail);
        var (region, grid) = Placement(Cell(LedgerColumn.CurrentRegionCode), Cell(LedgerColumn.GridCode), Fail);
        var scope = region is null ? null : grid?.Value ?? region.Prefix;
        if (scope is not null && !scope.StartsWith(jurisdiction, StringComparison.Ordinal))
        {
            Fail(LedgerColumn.CurrentRegionCode, $"现住地 {scope} 不在您的辖区（{jurisdiction}）内");
        }

        PhoneNumber? phone = null;
        if (Cell(LedgerColumn.Phone) is { Length: > 0 } phoneText && !PhoneNumber.TryParse(phoneText, out phone, out var phoneError))
        {
            Fail(LedgerColumn.Phone, phoneError.Message);
        }

        var populationType = CodeTables.FindPopulationType(Cell(LedgerColumn.PopulationType));
        if (populationType is null)
        {
            Fail(LedgerColumn.PopulationType, "人口类型应为 户籍人口、流动人口、人户分离人口 或 境外人员");
        }

        return errors.Count > before
            ? null
            : new StagedPerson(row, citizenId!, name.Trim(), ethnicity!, householdRegion, householdAddress, region!, grid,
                currentAddress!, scope!, phone, populationType!.Value);
    }

    private void CrossCheck(CitizenId citizenId, string sexText, string birthText, Action<LedgerColumn, string> fail)
    {
        if (sexText.Length > 0)
        {
            Sex? sex = sexText switch
            {
                "男" or "男性" or "1" or "Male" => Sex.Male,
                "女" or "女性" or "2" or "Female" => Sex.Female,
                _ => null,
            };
            if (sex is null)
            {
                fail(LedgerColumn.Sex, "性别应为 男 或 女");
            }
            else if (PersonRules.SexProblem(citizenId, sex) is { } problem)
            {
                fail(LedgerColumn.Sex, problem);
            }
        }

        if (birthText.Length > 0)
        {
            if (!DateOnly.TryParseExact(birthText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
            {
                fail(LedgerColumn.BirthDate, $"出生日期 {birthText} 无法识别，应写作 1990-01-31");
            }
            else if (PersonRules.BirthDateProblem(citizenId, birth) is { } problem)
            {
                fail(LedgerColumn.BirthDate, problem);
            }
        }
    }

    private static RegionCode? OptionalRegion(string text, LedgerColumn column, Action<LedgerColumn, string> fail)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (RegionCode.TryParse(text, out var region, out var error))
        {
            return region;
        }

        fail(column, error.Message);
        return null;
    }

    private static string? Text(string text, LedgerColumn column, bool required, Action<LedgerColumn, string> fail)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                fail(column, $"{LedgerColumns.LabelOf(column)}不能为空");
            }

            return null;
        }

        if (text.Length > PersonRules.MaxAddressLength)
        {
            fail(column, $"{LedgerColumns.LabelOf(column)}最多 {PersonRules.MaxAddressLength} 个字符");
        }

        return text;
    }

    private (RegionCode? Region, GridCode? Grid) Placement(string regionText, string gridText, Action<LedgerColumn, string> fail)
    {
        GridCode? grid = null;
        if (gridText.Length > 0 && !GridCode.TryParse(gridText, out grid, out var gridError))
        {
            fail(LedgerColumn.GridCode, gridError.Message);
            return (null, null);
        }

        if (grid is not null && !known.Grids.Contains(grid.Value))
        {
            fail(LedgerColumn.GridCode, $"网格 {grid} 不存在");
            return (null, null);
        }

        if (regionText.Length == 0)
        {
            if (grid is null)
            {
                fail(LedgerColumn.CurrentRegionCode, "现住地区划代码和网格编码至少填写一项");
            }

            return (grid?.Village, grid);
        }

        if (!RegionCode.TryParse(regionText, out var region, out var error))
        {
            fail(LedgerColumn.CurrentRegionCode, error.Message);
            return (null, null);
        }

        if (region.Level < RegionLevel.Township)
        {
            fail(LedgerColumn.CurrentRegionCode, $"现住地区划 {regionText} 应为乡镇/街道或村/社区级代码");
            return (null, null);
        }

        if (!known.Regions.Contains(region.Value))
        {
            fail(LedgerColumn.CurrentRegionCode, $"现住地区划 {regionText} 不在区划代码表中");
            return (null, null);
        }

        if (grid is not null && !grid.IsWithin(region))
        {
            fail(LedgerColumn.GridCode, $"网格 {grid} 不在现住地区划 {regionText} 内");
            return (null, null);
        }

        return (region, grid);
    }
}
