using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Governance.SharedKernel.Identifiers;

/// <summary>
/// A mainland phone number: a mobile number (11 digits in an allocated range) or a fixed line (area code,
/// 7–8 digit local number, optional extension).
/// </summary>
/// <remarks>
/// Input may carry +86, 0086 or (mobile only) 86, spaces and hyphens, and an extension after a second hyphen or
/// 转: <c>+86 138-1234-5678</c>, <c>0571-87654321-123</c>, <c>057187654321转123</c>. Without a hyphen the area
/// code is 3 digits for 010 and 020–029 and 4 digits otherwise. Canonical forms: <c>13812345678</c>,
/// <c>0571-87654321</c>, <c>0571-87654321-123</c>.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<PhoneNumber>))]
public sealed record PhoneNumber : IIdentifier<PhoneNumber>
{
    private const int MobileLength = 11;
    private const int MaxExtensionLength = 6;

    private PhoneNumber(PhoneKind kind, string? areaCode, string number, string? extension)
    {
        Kind = kind;
        AreaCode = areaCode;
        Number = number;
        Extension = extension;
    }

    public PhoneKind Kind { get; }

    /// <summary>The area code with its leading 0, e.g. 0571; null for a mobile number.</summary>
    public string? AreaCode { get; }

    /// <summary>The 11-digit mobile number, or the local number of a fixed line.</summary>
    public string Number { get; }

    public string? Extension { get; }

    public string Value => Kind == PhoneKind.Mobile
        ? Number
        : Extension is null ? $"{AreaCode}-{Number}" : $"{AreaCode}-{Number}-{Extension}";

    /// <summary><c>138****5678</c>; a fixed line keeps its area code and last 4 digits: <c>0571-****4321</c>.</summary>
    public string Masked => Kind == PhoneKind.Mobile
        ? string.Concat(Number.AsSpan(0, 3), "****", Number.AsSpan(7))
        : string.Concat(AreaCode, "-", new string('*', Number.Length - 4), Number.AsSpan(Number.Length - 4));

    public override string ToString() => Value;

    public static PhoneNumber Parse(string input) =>
        TryParse(input, out var value, out var error) ? value : throw new InvalidIdentifierException(error);

    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        [NotNullWhen(true)] out PhoneNumber? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        value = null;
        var text = input?.Trim() ?? "";
        error = CheckCharacters(text);
        if (error is not null)
        {
            return false;
        }

        error = Split(text, out var international, out var groups, out var extension);
        if (error is not null)
        {
            return false;
        }

        var digits = string.Concat(groups);
        if (!international && digits.Length == MobileLength + 2 && digits.StartsWith("861", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        // +86 10 6234 5678 is a Beijing fixed line; no mobile range starts with 10.
        var mobile = digits.StartsWith('1') && !(international && digits.StartsWith("10", StringComparison.Ordinal));
        return mobile
            ? TryMobile(digits, extension, out value, out error)
            : TryFixedLine(international, groups, extension, out value, out error);
    }

    private static IdentifierError? CheckCharacters(string text)
    {
        if (text.Length == 0)
        {
            return new IdentifierError(IdentifierErrorCodes.Empty, "电话号码不能为空");
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsAsciiDigit(text[i]) || text[i] is ' ' or '-' or '转' || (text[i] == '+' && i == 0)))
            {
                return new IdentifierError(IdentifierErrorCodes.Character, $"第{i + 1}位字符 '{text[i]}' 无效", i + 1);
            }
        }

        return null;
    }

    private static IdentifierError? Split(string text, out bool international, out string[] groups, out string? extension)
    {
        extension = null;
        var main = text.Replace(" ", "", StringComparison.Ordinal);
        var transfer = main.IndexOf('转', StringComparison.Ordinal);
        if (transfer >= 0)
        {
            extension = main[(transfer + 1)..];
            main = main[..transfer];
        }

        international = false;
        if (main.StartsWith('+') || main.StartsWith("0086", StringComparison.Ordinal))
        {
            var country = main.StartsWith('+') ? main[1..] : main[2..];
            if (!country.StartsWith("86", StringComparison.Ordinal))
            {
                groups = [];
                return new IdentifierError(IdentifierErrorCodes.CountryCode, "只支持中国大陆号码（国家代码 +86）", 1);
            }

            international = true;
            main = country[2..];
        }

        groups = main.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (groups.Length == 0)
        {
            return new IdentifierError(IdentifierErrorCodes.Empty, "电话号码不能为空");
        }

        return null;
    }

    private static bool TryMobile(
        string digits, string? extension, out PhoneNumber? value, out IdentifierError? error)
    {
        value = null;
        if (extension is not null)
        {
            error = new IdentifierError(IdentifierErrorCodes.Extension, "手机号码不能带分机号");
            return false;
        }

        if (digits.Length != MobileLength)
        {
            error = new IdentifierError(IdentifierErrorCodes.Length, $"手机号码应为 11 位，实际为 {digits.Length} 位");
            return false;
        }

        if (!MobilePrefixes.IsAllocated(digits))
        {
            error = new IdentifierError(IdentifierErrorCodes.MobilePrefix, $"号段 {digits[..3]} 不是已分配的手机号段");
            return false;
        }

        error = null;
        value = new PhoneNumber(PhoneKind.Mobile, null, digits, null);
        return true;
    }

    private static bool TryFixedLine(
        bool international, string[] groups, string? extension, out PhoneNumber? value, out IdentifierError? error)
    {
        value = null;

        // +86 drops the trunk prefix 0 of the area code: +86 571 8765 4321.
        var first = international && !groups[0].StartsWith('0') ? "0" + groups[0] : groups[0];
        if (!first.StartsWith('0'))
        {
            error = new IdentifierError(IdentifierErrorCodes.AreaCode, "固定电话应带区号，如 0571-87654321");
            return false;
        }

        string areaCode, number;
        var next = 1;
        if (groups.Length == 1)
        {
            var areaLength = IsThreeDigitAreaCode(first) ? 3 : 4;
            areaCode = first[..Math.Min(areaLength, first.Length)];
            number = first[areaCode.Length..];
        }
        else
        {
            areaCode = first;
            number = groups[next++];

            // 0571-8765-4321: a local number written in two groups.
            if (number.Length < 7 && next < groups.Length)
            {
                number += groups[next++];
            }
        }

        if (next < groups.Length)
        {
            if (next + 1 < groups.Length || extension is not null)
            {
                error = new IdentifierError(
                    IdentifierErrorCodes.Format, "无法识别的固定电话格式，应写作 区号-号码、区号-号码-分机号 或 区号-号码转分机号");
                return false;
            }

            extension = groups[next];
        }

        error = CheckAreaCode(areaCode) ?? CheckNumber(number) ?? CheckExtension(extension);
        if (error is not null)
        {
            return false;
        }

        value = new PhoneNumber(PhoneKind.FixedLine, areaCode, number, extension);
        return true;
    }

    private static bool IsThreeDigitAreaCode(string digits) =>
        digits.StartsWith("010", StringComparison.Ordinal) || digits.StartsWith("02", StringComparison.Ordinal);

    private static IdentifierError? CheckAreaCode(string areaCode)
    {
        var valid = areaCode.Length switch
        {
            3 => IsThreeDigitAreaCode(areaCode),
            4 => areaCode[1] is >= '3' and <= '9',
            _ => false,
        };
        return valid
            ? null
            : new IdentifierError(
                IdentifierErrorCodes.AreaCode, $"区号 {areaCode} 无效：010 和 020–029 为 3 位区号，其他区号为 4 位（0 后接 3–9）");
    }

    private static IdentifierError? CheckNumber(string number)
    {
        if (number.Length is < 7 or > 8)
        {
            return new IdentifierError(IdentifierErrorCodes.Length, $"固定电话本地号码应为 7–8 位，实际为 {number.Length} 位");
        }

        return number[0] is '0' or '1'
            ? new IdentifierError(IdentifierErrorCodes.Subscriber, $"固定电话本地号码 {number} 无效：首位不能为 0 或 1")
            : null;
    }

    private static IdentifierError? CheckExtension(string? extension) =>
        extension is null || (extension.Length is >= 1 and <= MaxExtensionLength && extension.All(char.IsAsciiDigit))
            ? null
            : new IdentifierError(IdentifierErrorCodes.Extension, $"分机号应为 1–6 位数字，实际为 '{extension}'");
}
