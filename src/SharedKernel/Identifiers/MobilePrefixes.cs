namespace Governance.SharedKernel.Identifiers;

/// <summary>The first three digits of mainland mobile numbers allocated for phones (工信部 号段, 2024).</summary>
/// <remarks>
/// Left out on purpose: the IoT-only ranges (140–144, 146, 148), 174 (天通 satellite phones) and the unallocated
/// 179. Add a digit here when the ministry allocates a new range.
/// </remarks>
internal static class MobilePrefixes
{
    private static readonly Dictionary<char, string> ThirdDigitsBySecond = new()
    {
        ['3'] = "0123456789",
        ['4'] = "579",        // 145 联通, 147 移动, 149 电信 data cards
        ['5'] = "012356789",  // 154 unallocated
        ['6'] = "2567",       // 162, 165, 167 virtual operators, 166 联通
        ['7'] = "01235678",   // 170, 171 virtual operators
        ['8'] = "0123456789",
        ['9'] = "012356789",  // 194 unallocated
    };

    /// <param name="number">11 digits starting with 1.</param>
    public static bool IsAllocated(string number) =>
        ThirdDigitsBySecond.TryGetValue(number[1], out var thirdDigits) && thirdDigits.Contains(number[2]);
}
