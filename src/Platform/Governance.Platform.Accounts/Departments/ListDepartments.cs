using Governance.SharedKernel.Querying;
using System.Linq.Expressions;
using FluentValidation;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Departments;

/// <summary>Departments, a page at a time: <c>q</c> finds codes or names containing it, <c>kind</c> keeps one kind.</summary>
internal sealed record ListDepartments(int Page, int PageSize, string? Sort, string? Q, DepartmentKind? Kind)
    : IQuery<Paged<DepartmentView>>, IListQuery;

internal sealed class ListDepartmentsValidator : AbstractValidator<ListDepartments>
{
    public ListDepartmentsValidator() => this.AddListRules(ListDepartmentsHandler.SortKeys);
}

internal sealed class ListDepartmentsHandler(PlatformDbContext db) : IRequestHandler<ListDepartments, Paged<DepartmentView>>
{
    public static readonly SortKeys<Department> SortKeys = new("code", d => d.Code, new Dictionary<string, Expression<Func<Department, object>>>
    {
        ["code"] = d => d.Code,
        ["name"] = d => d.Name,
        ["kind"] = d => d.Kind,
    });

    public Task<Paged<DepartmentView>> Handle(ListDepartments query, CancellationToken cancellationToken)
    {
        var departments = db.Departments.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = ListQueries.Containing(query.Q);
            departments = departments.Where(d => EF.Functions.ILike(d.Code, pattern) || EF.Functions.ILike(d.Name, pattern));
        }

        if (query.Kind is { } kind)
        {
            departments = departments.Where(d => d.Kind == kind);
        }

        return departments.ToPageAsync(query, SortKeys, DepartmentView.FromDepartment, cancellationToken);
    }
}
