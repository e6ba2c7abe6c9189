using Governance.Host.Http;

namespace Governance.Host.Accounts.Http;

/// <summary>A list query: 1-based page, page size and sort key (<c>-key</c> for descending).</summary>
internal interface IListQuery : IPagedQuery
{
    string? Sort { get; }
}
