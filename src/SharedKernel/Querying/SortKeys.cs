using System.Linq.Expressions;

namespace Governance.SharedKernel.Querying;

/// <summary>The keys a list may be sorted by, each with the column it orders; ties are broken by <c>tieBreaker</c> for stable pages.</summary>
public sealed class SortKeys<T>(
    string defaultKey, Expression<Func<T, object>> tieBreaker, IReadOnlyDictionary<string, Expression<Func<T, object>>> keys)
{
    public string Description => $"可选 {string.Join("、", keys.Keys)}，前加 - 表示倒序（如 -{keys.Keys.Last()}）";

    public bool IsValid(string? sort) => string.IsNullOrEmpty(sort) || keys.ContainsKey(sort.TrimStart('-'));

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        var text = string.IsNullOrEmpty(sort) ? defaultKey : sort;
        var key = keys[text.TrimStart('-')];
        var ordered = text.StartsWith('-') ? query.OrderByDescending(key) : query.OrderBy(key);
        return ordered.ThenBy(tieBreaker);
    }
}
