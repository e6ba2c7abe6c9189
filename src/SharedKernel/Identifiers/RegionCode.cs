using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Governance.SharedKernel.Identifiers;

/// <summary>
/// A statistical division code (统计用区划代码): 2 digits province, 2 city (地级), 2 county (县级),
/// 3 township (乡级) and 3 village (村级). Stored in the 12-digit form with trailing zeros, so every code under
/// a region starts with that region's <see cref="Prefix"/> and jurisdiction queries are a prefix match.
/// </summary>
/// <remarks>
/// Parsing accepts 2-, 4-, 6-, 9- and 12-digit forms (the shapes used by the province, city, county, township
/// and village tables); the level is that of the deepest non-zero part, so 330106000000 is the county 330106
/// and 330106001000 the township 330106001. A few cities have townships directly under them with county part
/// 00 (东莞 441900, 中山 442000, 儋州 460400); otherwise a zero part may not be followed by a non-zero one.
/// Whether the code exists in a given year is a question for the region table, not for this type.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<RegionCode>))]
public sealed record RegionCode : IIdentifier<RegionCode>, IComparable<RegionCode>
{
    public const int CanonicalLength = 12;

    private static readonly Segment[] Segments =
    [
        new(0, 2, "省级"),
        new(2, 2, "地级"),
        new(4, 2, "县级"),
        new(6, 3, "乡级"),
        new(9, 3, "村级"),
    ];

    private RegionCode(string value, RegionLevel level)
    {
        Value = value;
        Level = level;
    }

    /// <summary>The canonical 12-digit form.</summary>
    public string Value { get; }

    public RegionLevel Level { get; }

    /// <summary>The significant digits (2, 4, 6, 9 or 12): every code within this region starts with them.</summary>
    public string Prefix => Value[..SegmentOf(Level).End];

    /// <summary>The usual written form: 6 digits down to county level (GB/T 2260), 9 for a township, 12 for a village.</summary>
    public string ShortForm => Level <= RegionLevel.County ? Value[..6] : Prefix;

    public string ProvinceCode => Value[..2];

    public string ProvinceName => ProvinceCodes.NameOf(ProvinceCode);

    /// <summary>The region one level up that exists in the code: village → township → county → city → province → null.</summary>
    public RegionCode? Parent
    {
        get
        {
            if (Level == RegionLevel.Province)
            {
                return null;
            }

            var segment = SegmentOf(Level);
            var parent = string.Concat(Value.AsSpan(0, segment.Start), new string('0', CanonicalLength - segment.Start));
            return new RegionCode(parent, LevelOf(parent));
        }
    }

    /// <summary>This region's ancestor at <paramref name="level"/> (itself at its own level); null when there is none.</summary>
    public RegionCode? AncestorAt(RegionLevel level)
    {
        if (level > Level)
        {
            return null;
        }

        var end = SegmentOf(level).End;
        var candidate = string.Concat(Value.AsSpan(0, end), new string('0', CanonicalLength - end));
        return LevelOf(candidate) == level ? new RegionCode(candidate, level) : null;
    }

    /// <summary>True when <paramref name="other"/> lies strictly below this region.</summary>
    public bool IsAncestorOf(RegionCode other) =>
        other.Level > Level && other.Value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>True when <paramref name="other"/> is this region or lies below it: the jurisdiction check.</summary>
    public bool Contains(RegionCode other) => other.Value.StartsWith(Prefix, StringComparison.Ordinal);

    public int CompareTo(RegionCode? other) => string.CompareOrdinal(Value, other?.Value);

    public override string ToString() => Value;

    public static RegionCode Parse(string input) =>
        TryParse(input, out var value, out var error) ? value : throw new InvalidIdentifierException(error);

    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        [NotNullWhen(true)] out RegionCode? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        value = null;
        var text = input?.Trim() ?? "";
        error = Check(text);
        if (error is not null)
        {
            return false;
        }

        var canonical = text.PadRight(CanonicalLength, '0');
        value = new RegionCode(canonical, LevelOf(canonical));
        return true;
    }

    private static IdentifierError? Check(string text)
    {
        if (text.Length == 0)
        {
            return new IdentifierError(IdentifierErrorCodes.Empty, "行政区划代码不能为空");
        }

        if (text.Length is not (2 or 4 or 6 or 9 or 12))
        {
            return new IdentifierError(
                IdentifierErrorCodes.Length, $"行政区划代码应为 6、9 或 12 位（省、地级也可为 2、4 位），实际为 {text.Length} 位");
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return new IdentifierError(IdentifierErrorCodes.Character, $"第{i + 1}位应为数字，实际为 '{text[i]}'", i + 1);
            }
        }

        if (!ProvinceCodes.IsKnown(text[..2]))
        {
            return new IdentifierError(IdentifierErrorCodes.Province, $"行政区划代码前两位 {text[..2]} 不是已知省份", 1);
        }

        var canonical = text.PadRight(CanonicalLength, '0');
        for (var deeper = 2; deeper < Segments.Length; deeper++)
        {
            if (IsZero(canonical, Segments[deeper]))
            {
                continue;
            }

            for (var shallower = 1; shallower < deeper; shallower++)
            {
                if (!IsZero(canonical, Segments[shallower]) || IsCityWithoutCounties(canonical, shallower))
                {
                    continue;
                }

                var (zero, nonZero) = (Segments[shallower], Segments[deeper]);
                return new IdentifierError(
                    IdentifierErrorCodes.Segment,
                    $"行政区划代码 {text} 无效：第{zero.Range}位{zero.Name}代码为 {new string('0', zero.Length)} 时，" +
                    $"第{nonZero.Range}位{nonZero.Name}代码也应为 {new string('0', nonZero.Length)}",
                    nonZero.Start + 1);
            }
        }

        return null;
    }

    // 东莞, 中山 and 儋州 have no counties: their townships sit directly under the city, with county part 00.
    private static bool IsCityWithoutCounties(string canonical, int zeroSegment) =>
        zeroSegment == 2 && !IsZero(canonical, Segments[1]);

    private static RegionLevel LevelOf(string canonical)
    {
        for (var i = Segments.Length - 1; i > 0; i--)
        {
            if (!IsZero(canonical, Segments[i]))
            {
                return (RegionLevel)(i + 1);
            }
        }

        return RegionLevel.Province;
    }

    private static Segment SegmentOf(RegionLevel level) => Segments[(int)level - 1];

    private static bool IsZero(string canonical, Segment segment) =>
        !canonical.AsSpan(segment.Start, segment.Length).ContainsAnyExcept('0');

    private sealed record Segment(int Start, int Length, string Name)
    {
        public int End => Start + Length;

        public string Range => $"{Start + 1}–{End}";
    }
}
