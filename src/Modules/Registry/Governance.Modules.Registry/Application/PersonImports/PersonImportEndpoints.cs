namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>/persons/imports: each use case maps its own route beside its handler.</summary>
internal static class PersonImportEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        StartPersonImport.Map(endpoints);
        GetPersonImportEndpoint.Map(endpoints);
        ListPersonImportsEndpoint.Map(endpoints);
    }
}
