using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Governance.SharedKernel.Querying;

public static class ListQueries
{
    public const int MaxPageSize = IPagedQuery.MaxPageSize;

    /// <summary>Counts the matches and reads one sorted page of them, projected on the server.</summary>
    public static async Task<Paged<TView>> ToPageAsync<T, TView>(
        this IQueryable<T> query, IListQuery request, SortKeys<T> sortKeys, Expression<Func<T, TView>> view,
        CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await sortKeys.Apply(query, request.Sort)
            .Skip(PagedQueryExtensions.Offset(request.Page, request.PageSize)).Take(request.PageSize)
            .Select(view).ToListAsync(cancellationToken);
        return new Paged<TView>(total, request.Page, request.PageSize, items);
    }

    /// <summary>An ILIKE pattern finding <paramref name="text"/> anywhere, with its wildcards escaped.</summary>
    public static string Containing(string text) =>
        $"%{text.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_")}%";

    /// <summary>The page, page size and sort key rules of a list query.</summary>
    public static void AddListRules<TQuery, TEntity>(this AbstractValidator<TQuery> validator, SortKeys<TEntity> sortKeys)
        where TQuery : IListQuery
    {
        validator.RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page 从 1 开始");
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"pageSize 应在 1 到 {MaxPageSize} 之间");
        validator.RuleFor(q => q.Sort).Must(sortKeys.IsValid).WithMessage(q => $"无法按 {q.Sort} 排序：{sortKeys.Description}");
    }
}
