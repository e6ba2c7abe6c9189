using Governance.Platform.Abstractions.Access;
using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Security;

namespace Governance.Platform.WorkItems;

/// <summary>
/// The modules whose to-do entries the caller may see: switched on for their department and holding the read
/// permission of one of the module's record kinds (<see cref="IRecordAccess.ReadPermission"/>). A module that declares
/// no record access shows its entries to nobody: titles carry personal matters, so the list fails closed.
/// </summary>
internal sealed class ReadableModules(ICallerModules callerModules, IEnumerable<IRecordAccess> accesses, ICurrentUser user)
{
    public async Task<IReadOnlyCollection<string>> OfCallerAsync(CancellationToken cancellationToken)
    {
        var usable = await callerModules.UsableAsync(cancellationToken);
        return accesses.Where(a => usable.Contains(a.Module) && user.HasPermission(a.ReadPermission))
            .Select(a => a.Module).Distinct().ToList();
    }
}
