using System.Reflection;
using Governance.Modules.Registry.Infrastructure.Csv;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Regions;

internal sealed record RegionRow(RegionCode Code, string Name);

/// <summary>
/// Region rows from CSV files of the official table's layout (code,name,… — the provinces, cities, counties,
/// townships and villages files): the bundled 2023 files, or one uploaded by county IT.
/// </summary>
internal static class RegionRows
{
    private const int MaxReportedErrors = 20;

    /// <summary>Every province, city and county, plus the townships and villages of <paramref name="county"/>.</summary>
    public static List<RegionRow> Bundled(RegionCode county)
    {
        var rows = new List<RegionRow>();
        foreach (var file in new[] { "provinces", "cities", "counties" })
        {
            rows.AddRange(ReadBundled(file, _ => true));
        }

        if (!rows.Any(r => r.Code == county))
        {
            throw new InvalidOperationException(
                $"Modules:Registry:County {county.ShortForm} 不是 2023 年统计用区划代码中的县级区划；请填写 6 位县级代码，如 330106。");
        }

        rows.AddRange(ReadBundled("townships", county.Contains));
        rows.AddRange(ReadBundled($"villages-{county.ShortForm}", county.Contains));
        return rows;
    }

    /// <summary>Whether the villages of <paramref name="county"/> are bundled (a villages-*.csv of its code).</summary>
    public static bool HasVillages(RegionCode county) =>
        Assembly.GetExecutingAssembly().GetManifestResourceInfo($"Regions/villages-{county.ShortForm}.csv") is not null;

    /// <summary>Rows of an uploaded file; 400 naming the rows when the file is not of the expected layout.</summary>
    public static List<RegionRow> Read(Stream stream)
    {
        var rows = new List<RegionRow>();
        var errors = new List<string>();
        using var csv = new CsvRows(stream);
        if (!csv.Read() || !IsHeader(csv.Fields))
        {
            throw Infrastructure.Files.Uploads.Invalid("文件应为 CSV，首行为表头 code,name,…（与国家统计局区划代码文件相同）");
        }

        var line = 1;
        while (csv.Read())
        {
            line++;
            if (csv.Fields.Count < 2 || csv.IsBadData)
            {
                errors.Add($"第{line}行：应至少有 code 和 name 两列");
            }
            else if (!RegionCode.TryParse(csv.Fields[0], out var code, out var error))
            {
                errors.Add($"第{line}行：{error.Message}");
            }
            else if (string.IsNullOrWhiteSpace(csv.Fields[1]) || csv.Fields[1].Length > 100)
            {
                errors.Add($"第{line}行：名称应为 1–100 个字符");
            }
            else
            {
                rows.Add(new RegionRow(code, csv.Fields[1].Trim()));
            }
        }

        if (errors.Count > 0)
        {
            throw new FluentValidation.ValidationException(errors.Take(MaxReportedErrors)
                .Select(e => new FluentValidation.Results.ValidationFailure(Infrastructure.Files.Uploads.Field, e)));
        }

        return rows.Count > 0 ? rows : throw Infrastructure.Files.Uploads.Invalid("文件中没有区划数据行");
    }

    private static bool IsHeader(IReadOnlyList<string> fields) =>
        fields.Count >= 2 && fields[0].Trim('\uFEFF', ' ') == "code" && fields[1].Trim() == "name";

    private static IEnumerable<RegionRow> ReadBundled(string file, Func<RegionCode, bool> include)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Regions/{file}.csv");
        if (stream is null)
        {
            return [];
        }

        return Read(stream).Where(r => include(r.Code)).ToList();
    }
}
