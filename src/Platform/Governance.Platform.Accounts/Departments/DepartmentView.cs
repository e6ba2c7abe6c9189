using System.Linq.Expressions;
using Governance.Platform.Accounts.Model;

namespace Governance.Platform.Accounts.Departments;

public sealed record DepartmentView(string Code, string Name, DepartmentKind Kind, uint Version)
{
    internal static readonly Expression<Func<Department, DepartmentView>> FromDepartment =
        d => new DepartmentView(d.Code, d.Name, d.Kind, d.Version);
}

/// <summary>The body of <c>PUT /api/platform/departments/{code}</c>.</summary>
public sealed record DepartmentChange(string Name, DepartmentKind? Kind);

internal interface IDepartmentDefinition
{
    string Name { get; }
    DepartmentKind? Kind { get; }
}
