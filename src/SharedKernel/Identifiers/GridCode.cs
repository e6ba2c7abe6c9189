using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Governance.SharedKernel.Identifiers;

/// <summary>A grid (网格) inside a village or community.</summary>
/// <remarks>
/// There is no national standard for grid codes. Following the hierarchical internal codes of deployed 综治
/// platforms (which answer "my grid and below" by prefix), the platform's convention is 15 digits: the
/// 12-digit statistical code of the village or community (村/社区) followed by a 3-digit sequence 001–999
/// within it, e.g. 330106002051007 is grid 7 of 上保社区. A grid code therefore starts with the
/// <see cref="RegionCode.Prefix"/> of every region above it, and jurisdiction queries stay a prefix match.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<GridCode>))]
public sealed record GridCode : IIdentifier<GridCode>, IComparable<GridCode>
{
    public const int Length = RegionCode.CanonicalLength + 3;

    private GridCode(RegionCode village, int sequence)
    {
        Village = village;
        Sequence = sequence;
    }

    /// <summary>The village or community the grid belongs to.</summary>
    public RegionCode Village { get; }

    /// <summary>1–999 within the village.</summary>
    public int Sequence { get; }

    public string Value => Village.Value + Sequence.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>True when the grid lies within <paramref name="region"/> (any level, including its own village).</summary>
    public bool IsWithin(RegionCode region) => region.Contains(Village);

    public int CompareTo(GridCode? other) => string.CompareOrdinal(Value, other?.Value);

    public override string ToString() => Value;

    /// <exception cref="ArgumentException">The region is not a village or the sequence is outside 1–999.</exception>
    public static GridCode Create(RegionCode village, int sequence)
    {
        if (village.Level != RegionLevel.Village)
        {
            throw new ArgumentException($"网格应隶属于村（社区），{village} 不是村级区划代码", nameof(village));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);
        return new GridCode(village, sequence);
    }

    public static GridCode Parse(string input) =>
        TryParse(input, out var value, out var error) ? value : throw new InvalidIdentifierException(error);

    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        [NotNullWhen(true)] out GridCode? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        value = null;
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = new IdentifierError(IdentifierErrorCodes.Empty, "网格编码不能为空");
            return false;
        }

        if (text.Length != Length)
        {
            error = new IdentifierError(
                IdentifierErrorCodes.Length, $"网格编码应为 15 位（12 位村/社区代码 + 3 位网格序号），实际为 {text.Length} 位");
            return false;
        }

        // Characters after position 12 are checked first so that a letter there is not reported as a region error.
        for (var i = RegionCode.CanonicalLength; i < Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                error = new IdentifierError(IdentifierErrorCodes.Character, $"第{i + 1}位应为数字，实际为 '{text[i]}'", i + 1);
                return false;
            }
        }

        if (!RegionCode.TryParse(text[..RegionCode.CanonicalLength], out var village, out error))
        {
            return false;
        }

        if (village.Level != RegionLevel.Village)
        {
            error = new IdentifierError(
                IdentifierErrorCodes.Level,
                $"网格编码第1–12位 {village} 不是村（社区）级区划代码，网格应隶属于村（社区）",
                10);
            return false;
        }

        var sequence = int.Parse(text.AsSpan(RegionCode.CanonicalLength), CultureInfo.InvariantCulture);
        if (sequence == 0)
        {
            error = new IdentifierError(IdentifierErrorCodes.Sequence, "第13–15位网格序号应为 001–999，不能为 000", 13);
            return false;
        }

        value = new GridCode(village, sequence);
        return true;
    }
}
