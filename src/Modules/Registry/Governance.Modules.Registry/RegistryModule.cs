using Governance.Modules.Registry.Application;
using Governance.Modules.Registry.Application.Demo;
using Governance.Modules.Registry.Application.Grids;
using Governance.Modules.Registry.Application.PersonImports;
using Governance.Modules.Registry.Application.Persons;
using Governance.Modules.Registry.Application.Places;
using Governance.Modules.Registry.Application.Regions;
using Governance.Platform.Abstractions.Demo;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Registry;

/// <summary>
/// 基础信息: statistical division codes, grids, the person master (实有人口), standard addresses, houses and units
/// (一标三实), with bulk import of person ledgers. Required by every other module.
/// </summary>
public sealed class RegistryModule : IModule
{
    public string Id => "Registry";

    public IReadOnlyList<Type> DbContextTypes { get; } = [typeof(RegistryDbContext)];

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddOptions<RegistryOptions>().Bind(context.Configuration).Validate(
            o => RegionCode.TryParse(o.County, out var county, out _) && county.Level == RegionLevel.County,
            "Modules:Registry:County 应为 6 位县级区划代码，如 330106");
        services.AddModuleDbContext<RegistryDbContext>(RegistryDbContext.SchemaName);
        services.AddHandlersFrom(context.Assembly);
        services.AddScoped<RegionDirectory>();
        services.AddScoped<RegionImporter>();
        services.AddScoped<PersonalData>();
        services.AddSingleton<PersonImportSignal>();
        services.AddSingleton<PersonImporter>();
        services.AddHostedService<PersonImportWorker>();
        services.AddScoped<IDemoContributor, RegistryDemoContributor>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        RegionEndpoints.Map(endpoints);
        GridEndpoints.Map(endpoints);
        PersonEndpoints.Map(endpoints);
        PersonImportEndpoints.Map(endpoints);
        PlaceEndpoints.Map(endpoints);
        GetCodeTables.Map(endpoints);
    }

    public async Task OnStartedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<RegistryOptions>>().Value;
        if (!options.ImportRegionsAtStartup)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var county = RegionCode.Parse(options.County);
        var report = await scope.ServiceProvider.GetRequiredService<RegionImporter>()
            .ImportAsync($"内置 2023 年区划代码（{county.ShortForm}）", RegionRows.Bundled(county), cancellationToken);
        services.GetRequiredService<ILogger<RegistryModule>>().LogInformation(
            "Registry regions for county {County}: {Added} added, {Changed} changed, {Unchanged} unchanged",
            county.ShortForm, report.Added, report.Changed, report.Unchanged);
    }
}
