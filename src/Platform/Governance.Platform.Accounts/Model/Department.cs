namespace Governance.Platform.Accounts.Model;

/// <summary>A department users belong to, e.g. <c>xfj</c> 信访局. The code is its permanent key.</summary>
internal sealed class Department
{
    public Department(string code, string name, DepartmentKind kind)
    {
        Code = code;
        Name = name;
        Kind = kind;
    }

    public string Code { get; private init; }

    public string Name { get; set; }

    public DepartmentKind Kind { get; set; }

    /// <summary>PostgreSQL <c>xmin</c>: the ETag of the record.</summary>
    public uint Version { get; private set; }
}
