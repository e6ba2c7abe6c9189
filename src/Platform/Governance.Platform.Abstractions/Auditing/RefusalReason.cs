namespace Governance.Platform.Abstractions.Auditing;

/// <summary>
/// Why a request was refused with a 403 that was answered rather than thrown (a module switched off for the caller's
/// department), kept on the request for the denied-request audit row.
/// </summary>
public static class RefusalReason
{
    private const string Key = "governance.audit.denied-detail";

    public static void Describe(HttpContext context, string detail) => context.Items[Key] = detail;

    public static string? Of(HttpContext context) => context.Items[Key] as string;
}
