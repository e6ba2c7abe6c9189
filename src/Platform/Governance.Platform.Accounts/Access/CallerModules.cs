using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Access;
using Governance.SharedKernel.Security;

namespace Governance.Platform.Accounts.Access;

internal sealed class CallerModules(ILoadedModules modules, ICurrentUser user, DepartmentModuleAccess switches) : ICallerModules
{
    public async Task<bool> MayUseAsync(string moduleId, CancellationToken cancellationToken) =>
        (await UsableAsync(cancellationToken)).Contains(moduleId);

    public async Task<IReadOnlySet<string>> UsableAsync(CancellationToken cancellationToken)
    {
        var loaded = modules.Manifests;
        if (user.HasPermission(PlatformPermissions.Administer))
        {
            return loaded.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        }

        var switchedOn = user.Department is { } department
            ? await switches.EnabledAsync(department, cancellationToken)
            : new HashSet<string>();
        return loaded.Where(m => m.Required || switchedOn.Contains(m.Id)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
    }
}
