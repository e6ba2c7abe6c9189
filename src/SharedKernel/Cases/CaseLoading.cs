using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.SharedKernel.Cases;

public static class CaseLoading
{
    /// <summary>
    /// The case to change: visible to the caller (404 outside the jurisdiction, so its existence is not revealed) and at
    /// the version the caller read (409 otherwise). <paramref name="query"/> carries the includes a command needs.
    /// </summary>
    public static async Task<TCase> ForChangeAsync<TCase, TState, TAction>(
        this IQueryable<TCase> query, CaseWorkflow<TCase, TState, TAction> workflow, ICurrentUser user, Guid id, uint? expectedVersion,
        CancellationToken ct)
        where TCase : CaseRecord<TCase, TState, TAction>
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        var record = await query.Include(c => c.Extensions).WithinJurisdictionOf(user, c => c.ScopeCode)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (record is null)
        {
            throw new NotFoundException($"{workflow.Record}不存在或不在您的辖区内");
        }

        EntityTags.EnsureCurrent(expectedVersion, record.Version, workflow.Record);
        return record;
    }
}
