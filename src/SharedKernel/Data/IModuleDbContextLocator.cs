namespace Governance.SharedKernel.Data;

/// <summary>Finds the DbContext of the module a type (a command, a handler) belongs to.</summary>
public interface IModuleDbContextLocator
{
    /// <summary>The primary context of the module whose assembly defines <paramref name="type"/>, or null.</summary>
    Type? ContextTypeFor(Type type);
}
