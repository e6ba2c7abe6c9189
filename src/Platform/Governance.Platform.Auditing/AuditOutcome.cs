namespace Governance.Platform.Auditing;

/// <summary>How an audited operation ended: a stable code (stored) and its Chinese label (shown).</summary>
internal sealed record AuditOutcome(string Code, string Label)
{
    public static readonly AuditOutcome Success = new("success", "成功");

    /// <summary>Invalid input, a broken business rule, a conflict or an error.</summary>
    public static readonly AuditOutcome Failure = new("failure", "失败");

    /// <summary>The caller may not do this.</summary>
    public static readonly AuditOutcome Denied = new("denied", "拒绝");

    public static readonly IReadOnlyList<AuditOutcome> All = [Success, Failure, Denied];

    public static AuditOutcome? Find(string code) => All.FirstOrDefault(o => o.Code == code);
}
