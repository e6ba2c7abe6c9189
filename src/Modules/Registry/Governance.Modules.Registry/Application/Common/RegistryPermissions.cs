namespace Governance.Modules.Registry.Application.Common;

/// <summary>The permissions declared in module.json.</summary>
internal static class RegistryPermissions
{
    public const string RegionsRead = "registry.regions.read";
    public const string RegionsImport = "registry.regions.import";
    public const string GridsRead = "registry.grids.read";
    public const string GridsWrite = "registry.grids.write";
    public const string PersonsRead = "registry.persons.read";
    public const string PersonsWrite = "registry.persons.write";
    public const string PersonsMerge = "registry.persons.merge";
    public const string PersonsImport = "registry.persons.import";
    public const string PlacesRead = "registry.places.read";
    public const string PlacesWrite = "registry.places.write";
}
