namespace Governance.Host.Accounts.Http;

/// <summary>One page of a list: the total number of matches, the page asked for and its items.</summary>
public sealed record PagedList<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

/// <summary>A list query: 1-based page, page size and sort key (<c>-key</c> for descending).</summary>
internal interface IListQuery
{
    int Page { get; }
    int PageSize { get; }
    string? Sort { get; }
}
