using Governance.SharedKernel.Querying;
using System.Linq.Expressions;
using FluentValidation;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Roles;

/// <summary>Roles, a page at a time: <c>q</c> finds codes or names containing it, <c>permission</c> roles granting that entry.</summary>
internal sealed record ListRoles(int Page, int PageSize, string? Sort, string? Q, string? Permission)
    : IQuery<Paged<RoleView>>, IListQuery;

internal sealed class ListRolesValidator : AbstractValidator<ListRoles>
{
    public ListRolesValidator() => this.AddListRules(ListRolesHandler.SortKeys);
}

internal sealed class ListRolesHandler(PlatformDbContext db) : IRequestHandler<ListRoles, Paged<RoleView>>
{
    public static readonly SortKeys<Role> SortKeys = new("code", r => r.Code, new Dictionary<string, Expression<Func<Role, object>>>
    {
        ["code"] = r => r.Code,
        ["name"] = r => r.Name,
    });

    public Task<Paged<RoleView>> Handle(ListRoles query, CancellationToken cancellationToken)
    {
        var roles = db.Roles.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = ListQueries.Containing(query.Q);
            roles = roles.Where(r => EF.Functions.ILike(r.Code, pattern) || EF.Functions.ILike(r.Name, pattern));
        }

        if (!string.IsNullOrWhiteSpace(query.Permission))
        {
            roles = roles.Where(r => r.Permissions.Contains(query.Permission));
        }

        return roles.ToPageAsync(query, SortKeys, RoleView.FromRole, cancellationToken);
    }
}
