using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Governance.SharedKernel.Identifiers;

/// <summary>
/// A 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd for men)
/// and an ISO 7064 MOD 11-2 check character. Legacy 15-digit numbers are converted to 18 digits on parsing.
/// </summary>
/// <remarks>
/// Only the province of the address code is checked: county codes abolished since the card was issued stay
/// valid on it. The same format is used by the residence permits of Hong Kong, Macao and Taiwan residents
/// (address codes 810000, 820000, 830000).
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<CitizenId>))]
public sealed record CitizenId : IIdentifier<CitizenId>
{
    public const int Length = 18;

    private const int LegacyLength = 15;
    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    // Birth dates are Beijing dates; China has kept UTC+8 without daylight saving since 1992.
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private CitizenId(string value) => Value = value;

    /// <summary>The 18-character canonical form, with an upper-case X.</summary>
    public string Value { get; }

    /// <summary>The address code (positions 1–6): where the number was first issued, not where the person lives.</summary>
    public RegionCode RegionCode => RegionCode.Parse(Value[..6]);

    public DateOnly BirthDate =>
        DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>For display to people who may not see the whole number: <c>330106********1234</c>.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 6), "********", Value.AsSpan(14));

    /// <summary>Age in whole years on <paramref name="date"/>.</summary>
    public int AgeOn(DateOnly date)
    {
        var birth = BirthDate;
        var age = date.Year - birth.Year;
        return date < birth.AddYears(age) ? age - 1 : age;
    }

    public override string ToString() => Value;

    /// <summary>Today's date in China, the date a birth date may not be later than.</summary>
    public static DateOnly TodayInChina(TimeProvider timeProvider) =>
        DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    public static CitizenId Parse(string input) => Parse(input, TodayInChina(TimeProvider.System));

    /// <summary>The number of the 17 digits <paramref name="body"/> with its check character (GB 11643).</summary>
    public static CitizenId Create(string body, DateOnly today) => Parse(body + CheckCharacter(body), today);

    public static CitizenId Parse(string input, DateOnly today) =>
        TryParse(input, today, out var value, out var error) ? value : throw new InvalidIdentifierException(error);

    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        [NotNullWhen(true)] out CitizenId? value,
        [NotNullWhen(false)] out IdentifierError? error) =>
        TryParse(input, TodayInChina(TimeProvider.System), out value, out error);

    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        TimeProvider timeProvider,
        [NotNullWhen(true)] out CitizenId? value,
        [NotNullWhen(false)] out IdentifierError? error) =>
        TryParse(input, TodayInChina(timeProvider), out value, out error);

    /// <param name="today">The latest acceptable birth date, normally <see cref="TodayInChina"/>.</param>
    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        DateOnly today,
        [NotNullWhen(true)] out CitizenId? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        value = null;
        error = Check(input?.Trim() ?? "", today, out var canonical);
        if (error is not null)
        {
            return false;
        }

        value = new CitizenId(canonical);
        return true;
    }

    private static IdentifierError? Check(string text, DateOnly today, out string canonical)
    {
        canonical = "";
        if (text.Length == 0)
        {
            return new IdentifierError(IdentifierErrorCodes.Empty, "身份证号码不能为空");
        }

        if (text.Length is not (Length or LegacyLength))
        {
            return new IdentifierError(
                IdentifierErrorCodes.Length, $"身份证号码应为 18 位（旧版为 15 位），实际为 {text.Length} 位");
        }

        var legacy = text.Length == LegacyLength;
        for (var i = 0; i < text.Length; i++)
        {
            var isCheckPosition = !legacy && i == Length - 1;
            if (char.IsAsciiDigit(text[i]) || (isCheckPosition && text[i] is 'X' or 'x'))
            {
                continue;
            }

            var expected = isCheckPosition ? "数字或 X" : "数字";
            return new IdentifierError(
                IdentifierErrorCodes.Character, $"第{i + 1}位应为{expected}，实际为 '{text[i]}'", i + 1);
        }

        if (!RegionCode.TryParse(text[..6], out _, out var regionError))
        {
            return regionError;
        }

        var birthText = legacy ? "19" + text.Substring(6, 6) : text.Substring(6, 8);
        if (!DateOnly.TryParseExact(
                birthText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            return new IdentifierError(IdentifierErrorCodes.BirthDate, $"出生日期 {birthText} 不是有效日期", 7);
        }

        if (birthDate < EarliestBirthDate)
        {
            return new IdentifierError(IdentifierErrorCodes.BirthDate, $"出生日期 {birthText} 早于 1900 年", 7);
        }

        if (birthDate > today)
        {
            return new IdentifierError(
                IdentifierErrorCodes.BirthDate,
                $"出生日期 {birthText} 晚于今天（{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）",
                7);
        }

        var body = legacy ? string.Concat(text.AsSpan(0, 6), "19", text.AsSpan(6)) : text[..(Length - 1)];
        var check = CheckCharacter(body);
        if (!legacy)
        {
            var actual = char.ToUpperInvariant(text[Length - 1]);
            if (actual != check)
            {
                return new IdentifierError(
                    IdentifierErrorCodes.Checksum, $"第18位校验码应为 {check}，实际为 {actual}", Length);
            }
        }

        canonical = body + check;
        return null;
    }

    private static char CheckCharacter(string body)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
