namespace Governance.SharedKernel.Cases;

/// <summary>
/// How a module's cases may be extended: how many approved extensions at most, how many days one may ask for, whether a
/// deadline already passed may still be extended, and the legal basis quoted when the limit is reached. Who approves is
/// not a setting: never the one who asked.
/// </summary>
public sealed record ExtensionPolicy(int MaxExtensions, int MaxDays, bool AllowAfterDue = false, string? LimitBasis = null)
{
    public static ExtensionPolicy None { get; } = new(0, 0);
}
