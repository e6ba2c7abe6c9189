using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Common;

/// <summary>A list query's page: 1-based page number and a bounded page size.</summary>
internal interface IPagedQuery
{
    int? Page { get; }

    int? PageSize { get; }
}

internal static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static int PageOf(this IPagedQuery query) => query.Page ?? 1;

    public static int SizeOf(this IPagedQuery query) => query.PageSize ?? DefaultPageSize;

    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> source, IPagedQuery query, CancellationToken ct)
    {
        var (page, size) = (query.PageOf(), query.SizeOf());
        var total = await source.CountAsync(ct);
        var items = await source.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<T>(items, total, page, size);
    }
}

/// <summary>One page of a list and the number of items in the whole list.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public Paged<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Total, Page, PageSize);
}

internal sealed class PagingValidator : AbstractValidator<IPagedQuery>
{
    public PagingValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("页码应从 1 开始");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize)
            .WithMessage($"每页条数应为 1–{Paging.MaxPageSize}");
    }
}
