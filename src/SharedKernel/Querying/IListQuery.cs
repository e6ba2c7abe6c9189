
namespace Governance.SharedKernel.Querying;

/// <summary>A list query: 1-based page, page size and sort key (<c>-key</c> for descending).</summary>
public interface IListQuery : IPagedQuery
{
    string? Sort { get; }
}
