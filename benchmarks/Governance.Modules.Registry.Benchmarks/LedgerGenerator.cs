using System.Globalization;
using System.Text;

namespace Governance.Modules.Registry.Benchmarks;

/// <summary>
/// Writes a realistic person ledger: valid citizen IDs of people born 1940–2015 all over China, living in the
/// villages of 西湖区, with about 3 % bad rows (wrong check digit, unknown village, bad phone).
/// </summary>
internal static class LedgerGenerator
{
    public const string Header = "身份证号,姓名,性别,出生日期,民族,户籍地区划代码,户籍地址,现住地区划代码,网格编码,现住地址,联系电话,人口类型";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "欧阳", "司马"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文"];
    private static readonly string[] Ethnicities = ["汉族", "汉族", "汉族", "汉族", "回族", "满族", "畲族", "蒙古族", "01"];
    private static readonly string[] Types = ["户籍人口", "户籍人口", "流动人口", "人户分离人口", "境外人员"];
    private static readonly string[] Counties = ["330106", "330102", "330105", "110105", "310115", "440305", "510104", "370102", "410105", "420106"];
    private static readonly string[] MobilePrefixes = ["138", "139", "135", "136", "150", "151", "186", "187", "177", "199"];

    /// <summary>Writes <paramref name="rows"/> rows; returns how many are invalid on purpose.</summary>
    public static int Write(string path, int rows, IReadOnlyList<string> villages, int seed = 20231124)
    {
        var random = new Random(seed);
        var invalid = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(Header);
        writer.Write('\n');
        var line = new StringBuilder(256);
        for (var i = 0; i < rows; i++)
        {
            var kind = random.Next(100);
            invalid += kind < 3 ? 1 : 0;
            var county = Counties[random.Next(Counties.Length)];

            // Each block of 1 000 rows has its own 27-day window of birth dates and a distinct sequence per row,
            // so every ID in the file is distinct.
            var birth = new DateOnly(1940, 1, 1).AddDays(i / 1000 % 1000 * 27 + random.Next(27));
            var body = string.Concat(county, birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture), (i % 1000).ToString("D3", CultureInfo.InvariantCulture));
            var check = kind == 0 ? WrongCheck(body) : Check(body);
            var village = kind == 1 ? "330106002999" : villages[random.Next(villages.Count)];
            var phone = kind == 2 ? "1234" : MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
            line.Clear()
                .Append(body).Append(check).Append(',')
                .Append(Surnames[random.Next(Surnames.Length)]).Append(Given[random.Next(Given.Length)]).Append(',')
                .Append(',')
                .Append(birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(Ethnicities[random.Next(Ethnicities.Length)]).Append(',')
                .Append(county).Append(',')
                .Append("\"某省某市某区某街道").Append(random.Next(1, 999)).Append("号, ").Append(random.Next(1, 30)).Append("幢\"").Append(',')
                .Append(village).Append(',')
                .Append(',')
                .Append("西湖区某路").Append(random.Next(1, 500)).Append("号").Append(random.Next(1, 20)).Append("单元").Append(',')
                .Append(phone).Append(',')
                .Append(Types[random.Next(Types.Length)]);
            writer.Write(line);
            writer.Write('\n');
        }

        return invalid;
    }

    private static char Check(string body)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * (int)((1L << (17 - i)) % 11);
        }

        return "10X98765432"[sum % 11];
    }

    private static char WrongCheck(string body) => Check(body) == '1' ? '2' : '1';
}
