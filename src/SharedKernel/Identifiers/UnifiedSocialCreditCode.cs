using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Governance.SharedKernel.Identifiers;

/// <summary>
/// A 统一社会信用代码 (GB 32100-2015): registration authority (1), organisation type (2), region of the
/// registration authority (3–8), organisation code (9–17, GB 11714, with its own check character) and an
/// overall check character (18). Both check characters are verified.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<UnifiedSocialCreditCode>))]
public sealed record UnifiedSocialCreditCode : IIdentifier<UnifiedSocialCreditCode>
{
    public const int Length = 18;

    /// <summary>The 31 characters of the code, in value order 0..30 (no I, O, S, V, Z).</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const string ExcludedLetters = "IOSVZ";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Position 1, e.g. 1 机构编制, 5 民政, 9 市场监管, Y 其他.</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>Position 2; its meaning depends on the authority, e.g. 91 企业, 92 个体工商户, 93 农民专业合作社.</summary>
    public char OrganisationType => Value[1];

    /// <summary>Positions 3–8: the region code of the registering authority (100000 for national registration).</summary>
    public string RegistrationRegion => Value.Substring(2, 6);

    /// <summary>Positions 9–17: the organisation code (组织机构代码) including its check character.</summary>
    public string OrganisationCode => Value.Substring(8, 9);

    public override string ToString() => Value;

    /// <summary>The code of the 16 characters <paramref name="first16"/> with both check characters (GB 11714, GB 32100).</summary>
    public static UnifiedSocialCreditCode Create(string first16)
    {
        var first17 = first16 + OrganisationCheckCharacter(first16.AsSpan(8, 8));
        return Parse(first17 + CheckCharacter(first17));
    }

    public static UnifiedSocialCreditCode Parse(string input) =>
        TryParse(input, out var value, out var error) ? value : throw new InvalidIdentifierException(error);

    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        [NotNullWhen(true)] out UnifiedSocialCreditCode? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        value = null;
        var text = input?.Trim().ToUpperInvariant() ?? "";
        error = Check(text);
        if (error is not null)
        {
            return false;
        }

        value = new UnifiedSocialCreditCode(text);
        return true;
    }

    private static IdentifierError? Check(string text)
    {
        if (text.Length == 0)
        {
            return new IdentifierError(IdentifierErrorCodes.Empty, "统一社会信用代码不能为空");
        }

        if (text.Length != Length)
        {
            return new IdentifierError(IdentifierErrorCodes.Length, $"统一社会信用代码应为 18 位，实际为 {text.Length} 位");
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var position = i + 1;
            if (position is >= 3 and <= 8)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return new IdentifierError(
                        IdentifierErrorCodes.Character,
                        $"第{position}位应为数字（第3–8位为登记管理机关行政区划码），实际为 '{c}'",
                        position);
                }
            }
            else if (!Charset.Contains(c))
            {
                var reason = ExcludedLetters.Contains(c)
                    ? "统一社会信用代码不使用字母 I、O、S、V、Z"
                    : "只允许数字和大写字母";
                return new IdentifierError(IdentifierErrorCodes.Character, $"第{position}位字符 '{c}' 无效：{reason}", position);
            }
        }

        var check = CheckCharacter(text);
        if (text[Length - 1] != check)
        {
            return new IdentifierError(
                IdentifierErrorCodes.Checksum, $"第18位校验码应为 {check}，实际为 {text[Length - 1]}", Length);
        }

        var organisationCheck = OrganisationCheckCharacter(text.AsSpan(8, 8));
        if (text[Length - 2] != organisationCheck)
        {
            return new IdentifierError(
                IdentifierErrorCodes.OrganisationChecksum,
                $"第17位（组织机构代码校验码）应为 {organisationCheck}，实际为 {text[Length - 2]}",
                Length - 1);
        }

        return null;
    }

    private static char CheckCharacter(string text)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Charset.IndexOf(text[i]) * Weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }

    // GB 11714 values letters A..Z as 10..35, unlike the 31-character charset of the overall check.
    private static char OrganisationCheckCharacter(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < OrganisationWeights.Length; i++)
        {
            var value = char.IsAsciiDigit(body[i]) ? body[i] - '0' : body[i] - 'A' + 10;
            sum += value * OrganisationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }
}
