using System.Security.Cryptography;
using Governance.Platform.Accounts.Security;

namespace Governance.Platform.Accounts.Passwords;

/// <summary>The complexity rules of <c>Auth:Password</c>, and temporary passwords that satisfy them.</summary>
internal sealed class PasswordPolicy(AuthOptions options)
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    // No $, !, # or quotes: generated passwords get pasted into shells and JSON.
    private const string Symbols = "%*-_=+?@";
    private const int GeneratedLength = 16;

    private PasswordSettings Settings => options.Password;

    /// <summary>What is wrong with <paramref name="password"/> for the account <paramref name="userName"/>, in Chinese; empty when it is acceptable.</summary>
    public IReadOnlyList<string> Check(string password, string? userName)
    {
        var problems = new List<string>();
        if (password.Length < Settings.MinLength)
        {
            problems.Add($"密码至少需要 {Settings.MinLength} 个字符，当前为 {password.Length} 个");
        }

        if (password.Length > PasswordSettings.MaxLength)
        {
            problems.Add($"密码不能超过 {PasswordSettings.MaxLength} 个字符");
        }

        if (CharacterClasses(password) < Settings.RequiredCharacterClasses)
        {
            problems.Add($"密码需包含大写字母、小写字母、数字、其他字符（符号、汉字等）四类中的至少 {Settings.RequiredCharacterClasses} 类");
        }

        if (userName is { Length: >= 3 } && password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("密码不能包含用户名");
        }

        return problems;
    }

    /// <summary>A random password of every character class, long enough for the rules.</summary>
    public string Generate()
    {
        var length = Math.Max(GeneratedLength, Settings.MinLength);
        string password;
        do
        {
            password = RandomNumberGenerator.GetString(Upper + Lower + Digits + Symbols, length);
        }
        while (CharacterClasses(password) < 4);

        return password;
    }

    private static int CharacterClasses(string password) =>
        (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0) + (password.Any(char.IsDigit) ? 1 : 0)
        + (password.Any(c => !char.IsUpper(c) && !char.IsLower(c) && !char.IsDigit(c)) ? 1 : 0);
}
