namespace Governance.SharedKernel.Modules;

/// <summary>
/// Which modules this installation runs (<c>Modules:Enabled</c>). A module whose flow needs another one asks here first
/// and degrades, saying so on the record, when that module is not enabled: its events would find no handler and its
/// queries no answer.
/// </summary>
public interface IEnabledModules
{
    bool IsEnabled(string moduleId);
}
