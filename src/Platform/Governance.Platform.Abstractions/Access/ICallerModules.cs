namespace Governance.Platform.Abstractions.Access;

/// <summary>
/// The modules the current caller may use: every required module, and of the others those their department has
/// switched on (all of them for holders of <c>platform.admin</c>). Platform services that show module records
/// (to-do lists, attachments) apply the same switch as the module's own endpoints.
/// </summary>
public interface ICallerModules
{
    Task<bool> MayUseAsync(string moduleId, CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> UsableAsync(CancellationToken cancellationToken);
}
