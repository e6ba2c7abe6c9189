namespace Governance.Platform;

/// <summary>Keys of the transaction-scoped advisory locks (<c>pg_advisory_xact_lock</c>) the platform takes.</summary>
public static class PlatformLocks
{
    /// <summary>Held while a row is appended to the audit chain, so concurrent writers (in any host) never fork it.</summary>
    public const long AuditChain = 0x676F_762E_6175_6469; // "gov.audi"

    /// <summary>Held while reference data (calendar, deadline rules) is seeded, so two starting hosts do not both insert it.</summary>
    public const long Seeding = 0x676F_762E_7365_6564; // "gov.seed"
}
