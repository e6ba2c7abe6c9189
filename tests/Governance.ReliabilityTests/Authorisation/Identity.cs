using Governance.Platform.Accounts.Security;

namespace Governance.ReliabilityTests.Authorisation;

/// <summary>
/// A caller the matrix tries: its token (none for anonymous), the modules whose records in 上保社区 it may not see, and
/// whether it may see full citizen ID and phone numbers.
/// </summary>
internal sealed record Identity(string Name, TokenSubject? Subject, IReadOnlySet<string> BarredModules, bool SeesPersonalData)
{
    public bool IsBarredFrom(string module) => BarredModules.Contains(module);

    public override string ToString() => Name;
}
