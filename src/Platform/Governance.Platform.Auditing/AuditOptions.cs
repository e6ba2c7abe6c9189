namespace Governance.Platform.Auditing;

/// <summary>Settings of the audit trail (<c>Audit:*</c>).</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// Record the first address of <c>X-Forwarded-For</c> instead of the connection's remote address. Turn on only
    /// behind a reverse proxy that sets the header itself; otherwise any client could write its own address.
    /// </summary>
    public bool TrustForwardedFor { get; set; }

    /// <summary>How often committed audit rows are linked into the hash chain.</summary>
    public TimeSpan ChainInterval { get; set; } = TimeSpan.FromSeconds(1);
}
