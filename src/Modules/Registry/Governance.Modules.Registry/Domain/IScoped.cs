namespace Governance.Modules.Registry.Domain;

/// <summary>A record placed in the region/grid hierarchy by a scope code (a region prefix or a grid code).</summary>
internal interface IScoped
{
    string ScopeCode { get; }
}
