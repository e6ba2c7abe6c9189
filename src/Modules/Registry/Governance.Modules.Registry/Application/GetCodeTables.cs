using Governance.Modules.Registry.Application.PersonImports;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Security;

namespace Governance.Modules.Registry.Application;

/// <summary>GET /code-tables: the code tables clients show in forms and ledgers use (public reference data).</summary>
internal static class GetCodeTables
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("code-tables", () => new
            {
                Ethnicities = Ethnicities.All,
                PopulationTypes = CodeTables.PopulationTypes.Select(p => new CodeName(p.Key.ToString(), p.Value)),
                HouseTypes = CodeTables.HouseTypes.Select(p => new CodeName(p.Key.ToString(), p.Value)),
                OrganisationTypes = CodeTables.OrganisationTypes.Select(p => new CodeName(p.Key.ToString(), p.Value)),
                LedgerHeader = LedgerColumns.TemplateHeader,
            })
            .AllowAnySignedInUser()
            .WithSummary("代码表：民族（GB/T 3304）、人口类型、房屋用途、单位类型，以及人口台账的表头");
}
