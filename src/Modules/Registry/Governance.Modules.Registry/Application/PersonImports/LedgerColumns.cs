namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>The columns of a person ledger (人口台账), found by their header whatever order they come in.</summary>
internal enum LedgerColumn
{
    CitizenId,
    Name,
    Sex,
    BirthDate,
    Ethnicity,
    HouseholdRegionCode,
    HouseholdAddress,
    CurrentRegionCode,
    GridCode,
    CurrentAddress,
    Phone,
    PopulationType,
}

/// <summary>Where each column is in a file, from its header row.</summary>
internal sealed class LedgerColumns
{
    private static readonly (LedgerColumn Column, string Label, string[] Aliases)[] Known =
    [
        (LedgerColumn.CitizenId, "身份证号", ["身份证号码", "公民身份号码", "citizenId"]),
        (LedgerColumn.Name, "姓名", ["name"]),
        (LedgerColumn.Sex, "性别", ["sex"]),
        (LedgerColumn.BirthDate, "出生日期", ["birthDate"]),
        (LedgerColumn.Ethnicity, "民族", ["ethnicity"]),
        (LedgerColumn.HouseholdRegionCode, "户籍地区划代码", ["户籍地区划", "householdRegionCode"]),
        (LedgerColumn.HouseholdAddress, "户籍地址", ["户籍地详址", "householdAddress"]),
        (LedgerColumn.CurrentRegionCode, "现住地区划代码", ["现住地区划", "currentRegionCode"]),
        (LedgerColumn.GridCode, "网格编码", ["网格", "gridCode"]),
        (LedgerColumn.CurrentAddress, "现住地址", ["现住址", "currentAddress"]),
        (LedgerColumn.Phone, "联系电话", ["电话", "手机号码", "phone"]),
        (LedgerColumn.PopulationType, "人口类型", ["populationType"]),
    ];

    private static readonly LedgerColumn[] Required =
        [LedgerColumn.CitizenId, LedgerColumn.Name, LedgerColumn.Ethnicity, LedgerColumn.CurrentAddress, LedgerColumn.PopulationType];

    private readonly int[] _positions;

    private LedgerColumns(int[] positions) => _positions = positions;

    /// <summary>The header expected in a template, in order.</summary>
    public static IReadOnlyList<string> TemplateHeader => Known.Select(k => k.Label).ToList();

    public static string LabelOf(LedgerColumn column) => Known[(int)column].Label;

    /// <summary>Position of the column in a row, or −1 when the file has no such column.</summary>
    public int this[LedgerColumn column] => _positions[(int)column];

    public bool Has(LedgerColumn column) => _positions[(int)column] >= 0;

    /// <summary>Reads the header row; the problem (in Chinese) when required columns are missing.</summary>
    public static LedgerColumns Parse(IReadOnlyList<string> header, out string? problem)
    {
        var positions = Enumerable.Repeat(-1, Known.Length).ToArray();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().Trim('\uFEFF', '*');
            var match = Array.FindIndex(Known, k => k.Label == name || k.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));
            if (match >= 0 && positions[match] < 0)
            {
                positions[match] = i;
            }
        }

        var columns = new LedgerColumns(positions);
        var missing = Required.Where(c => !columns.Has(c)).Select(LabelOf).ToList();
        if (!columns.Has(LedgerColumn.CurrentRegionCode) && !columns.Has(LedgerColumn.GridCode))
        {
            missing.Add("现住地区划代码（或网格编码）");
        }

        problem = missing.Count == 0
            ? null
            : $"表头缺少必填列：{string.Join("、", missing)}。表头应为：{string.Join(",", TemplateHeader)}";
        return columns;
    }
}
