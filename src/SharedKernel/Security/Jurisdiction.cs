using Governance.SharedKernel.Identifiers;

namespace Governance.SharedKernel.Security;

/// <summary>
/// A user's area of responsibility as a code prefix: a region's significant digits (<c>330106</c> county,
/// <c>330106001</c> township, <c>330106001001</c> village) or a 15-digit grid code. Records carry the same kind of
/// scope code, so "my jurisdiction and below" is a prefix test (<c>LIKE 'prefix%'</c> in SQL).
/// </summary>
public readonly record struct Jurisdiction
{
    public Jurisdiction(string code)
    {
        if (string.IsNullOrEmpty(code) || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A jurisdiction is a code of digits, not '{code}'.", nameof(code));
        }

        Code = code;
    }

    public string Code { get; }

    public static Jurisdiction Of(RegionCode region) => new(region.Prefix);

    public static Jurisdiction Of(GridCode grid) => new(grid.Value);

    public bool Contains(string scopeCode) => scopeCode.StartsWith(Code, StringComparison.Ordinal);

    public override string ToString() => Code;
}
