namespace Governance.Platform.Accounts.Model;

/// <summary>Whether a department may use a loaded module. No row = switched off.</summary>
internal sealed class DepartmentModule(string departmentCode, string moduleId, bool enabled)
{
    public string DepartmentCode { get; private init; } = departmentCode;

    public string ModuleId { get; private init; } = moduleId;

    public bool Enabled { get; set; } = enabled;
}
