namespace Governance.SharedKernel.Security;

/// <summary>Permissions of the platform itself; modules declare theirs in module.json.</summary>
public static class PlatformPermissions
{
    /// <summary>See full citizen ID and phone numbers instead of masked ones (every such read is audited).</summary>
    public const string ViewPersonalData = "platform.personal-data.view";

    /// <summary>Manage users, roles, departments and department-module switches.</summary>
    public const string Administer = "platform.admin";

    /// <summary>Read the audit trail and verify its chain.</summary>
    public const string ReadAudit = "platform.audit.read";
}
