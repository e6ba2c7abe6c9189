namespace Governance.Platform.Accounts.Model;

/// <summary>
/// A named set of permissions. Each entry is a permission name (<c>platform.admin</c>, <c>petitions.register</c>) or
/// <c>&lt;ModuleId&gt;:*</c>, every permission that module declares in its module.json.
/// </summary>
internal sealed class Role
{
    public Role(string code, string name, List<string> permissions)
    {
        Code = code;
        Name = name;
        Permissions = permissions;
    }

    public string Code { get; private init; }

    public string Name { get; set; }

    public List<string> Permissions { get; set; }

    /// <summary>Its holders must sign in with a second factor (TOTP); those without one may only enrol.</summary>
    public bool RequiresSecondFactor { get; set; }

    /// <summary>PostgreSQL <c>xmin</c>: the ETag of the record.</summary>
    public uint Version { get; private set; }
}
