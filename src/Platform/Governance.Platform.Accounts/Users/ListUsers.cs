using Governance.SharedKernel.Querying;
using System.Linq.Expressions;
using FluentValidation;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Users;

/// <summary>
/// Accounts, a page at a time: <c>q</c> finds user or display names containing it; <c>jurisdiction</c> keeps accounts whose
/// jurisdiction lies within that region or grid.
/// </summary>
internal sealed record ListUsers(
    int Page, int PageSize, string? Sort, string? Q, string? Department, string? Role, string? Jurisdiction, bool? Disabled)
    : IQuery<Paged<UserView>>, IListQuery;

internal sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator()
    {
        this.AddListRules(ListUsersHandler.SortKeys);
        RuleFor(q => q.Jurisdiction).Must(j => JurisdictionInput.TryNormalize(j, out _, out _))
            .When(q => !string.IsNullOrWhiteSpace(q.Jurisdiction))
            .WithMessage(q => $"jurisdiction 应为区划代码或 15 位网格编码，而不是 {q.Jurisdiction}");
    }
}

internal sealed class ListUsersHandler(PlatformDbContext db) : IRequestHandler<ListUsers, Paged<UserView>>
{
    public static readonly SortKeys<UserAccount> SortKeys = new("userName", u => u.Id, new Dictionary<string, Expression<Func<UserAccount, object>>>
    {
        ["userName"] = u => u.NormalizedUserName,
        ["displayName"] = u => u.DisplayName,
        ["department"] = u => u.DepartmentCode,
        ["jurisdiction"] = u => u.Jurisdiction!,
        ["createdAt"] = u => u.CreatedAt,
    });

    public Task<Paged<UserView>> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        var users = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = ListQueries.Containing(query.Q);
            users = users.Where(u => EF.Functions.ILike(u.UserName, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }

        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            users = users.Where(u => u.DepartmentCode == query.Department);
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            users = users.Where(u => u.Roles.Any(r => r.Code == query.Role));
        }

        if (JurisdictionInput.Normalize(query.Jurisdiction) is { } within)
        {
            users = users.Where(u => u.Jurisdiction != null && u.Jurisdiction.StartsWith(within));
        }

        if (query.Disabled is { } disabled)
        {
            users = users.Where(u => u.Disabled == disabled);
        }

        return users.ToPageAsync(query, SortKeys, UserView.FromAccount, cancellationToken);
    }
}
