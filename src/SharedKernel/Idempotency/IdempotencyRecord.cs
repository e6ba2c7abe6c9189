namespace Governance.SharedKernel.Idempotency;

/// <summary>
/// The first response to a request sent with an <c>Idempotency-Key</c> header, kept in the module's own schema
/// (<c>idempotency_keys</c>) and saved in the same transaction as the change the request made.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>Who sent it and where to: user id, method and path, so equal keys of different callers never meet.</summary>
    public string Scope { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>SHA-256 of the request body as bound, to refuse the same key reused for a different request.</summary>
    public string? RequestHash { get; private set; }

    public int StatusCode { get; private set; }

    public string? ResponseBody { get; private set; }

    public string? Location { get; private set; }

    public string? ETag { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
