using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Governance.SharedKernel.Querying;

/// <summary>A page of a list: <paramref name="Total"/> matching items, of which <paramref name="Items"/> are page <paramref name="Page"/>.</summary>
public sealed record Paged<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items)
{
    public Paged<TOut> Map<TOut>(Func<T, TOut> map) => new(Total, Page, PageSize, Items.Select(map).ToList());
}

/// <summary>
/// A list query paged on the server: <c>page</c> from 1, <c>pageSize</c> up to <see cref="MaxPageSize"/>. Declare both with
/// defaults on the query record (<c>int Page = 1, int PageSize = 20</c>) so that <c>[AsParameters]</c> binds them as optional.
/// </summary>
public interface IPagedQuery
{
    const int MaxPageSize = 200;

    int Page { get; }

    int PageSize { get; }
}

public sealed class PagedQueryValidator : AbstractValidator<IPagedQuery>
{
    public PagedQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page 从 1 开始。");
        RuleFor(q => q.PageSize).InclusiveBetween(1, IPagedQuery.MaxPageSize)
            .WithMessage($"pageSize 须在 1 到 {IPagedQuery.MaxPageSize} 之间。");
    }
}

public static class PagedQueryExtensions
{
    /// <summary>Counts <paramref name="source"/> (already filtered and ordered) and reads the page <paramref name="query"/> asks for.</summary>
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> source, IPagedQuery query, CancellationToken cancellationToken)
    {
        var total = await source.CountAsync(cancellationToken);
        var items = await source.Skip(Offset(query.Page, query.PageSize)).Take(query.PageSize).ToListAsync(cancellationToken);
        return new Paged<T>(total, query.Page, query.PageSize, items);
    }

    /// <summary>
    /// How many items come before page <paramref name="page"/>. Past <see cref="int.MaxValue"/> items (page 2147483647) the
    /// product would overflow into a negative offset, which PostgreSQL refuses; no list holds that many, so the page is empty.
    /// </summary>
    public static int Offset(int page, int pageSize) => (int)Math.Min((page - 1L) * pageSize, int.MaxValue);
}
