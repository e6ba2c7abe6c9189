using System.Text.Json.Serialization;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Governance.Host.Database;
using Governance.Host.Http;
using Governance.Host.Messaging;
using Governance.Host.Modules;
using Governance.Platform;
using Governance.Platform.Abstractions;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Auditing;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Modules;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Governance.Host;

/// <summary>
/// The composition root: discovers and loads the enabled modules, connects to (or starts) PostgreSQL, wires the
/// container, and on start migrates every schema before the server listens.
/// </summary>
public sealed class GovernanceApplication : IAsyncDisposable
{
    private readonly EmbeddedPostgres? _embeddedDatabase;

    private GovernanceApplication(WebApplication app, ModuleRuntime runtime, EmbeddedPostgres? embeddedDatabase)
    {
        App = app;
        Runtime = runtime;
        _embeddedDatabase = embeddedDatabase;
    }

    public WebApplication App { get; }

    public ModuleRuntime Runtime { get; }

    /// <summary>Builds the application; <paramref name="configure"/> lets tests add configuration or services first.</summary>
    public static async Task<GovernanceApplication> CreateAsync(
        string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        configure?.Invoke(builder);
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;

        var runtime = LoadModules(configuration, contentRoot);
        var events = new IntegrationEventRegistry(SharedAssemblies.Instance.LoadContracts(runtime.Catalog.ContractsFolder)
            .Append(typeof(IntegrationEvent).Assembly)
            .Concat(PlatformServices.Assemblies));

        using var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole());
        var (connectionString, embedded) = await DatabaseSetup.ResolveAsync(
            configuration, contentRoot, loggerFactory.CreateLogger<EmbeddedPostgres>(), cancellationToken);
        try
        {
            ConfigureServices(builder, runtime, events, connectionString, embedded);
            var app = builder.Build();
            app.Services.GetRequiredService<HandlerCatalog>();
            ConfigurePipeline(app, runtime);
            return new GovernanceApplication(app, runtime, embedded);
        }
        catch
        {
            if (embedded is not null)
            {
                await embedded.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Migrates every schema, lets the platform's services and then the modules seed, then starts listening (and the outbox relay).</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IPlatformSeeder>())
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }

        foreach (var module in Runtime.Modules)
        {
            await module.Module.OnStartedAsync(App.Services, cancellationToken);
        }

        await App.StartAsync(cancellationToken);
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        App.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);

    /// <summary>The addresses the server listens on, once started.</summary>
    public IReadOnlyCollection<string> Addresses =>
        App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    public async ValueTask DisposeAsync()
    {
        // Stops the outbox relay and the server before the container they use is disposed.
        await App.StopAsync();
        await App.DisposeAsync();
        if (_embeddedDatabase is not null)
        {
            await _embeddedDatabase.DisposeAsync();
        }
    }

    private static ModuleRuntime LoadModules(IConfiguration configuration, string contentRoot)
    {
        var pluginsPath = Path.GetFullPath(configuration["Plugins:Path"] ?? "plugins", contentRoot);
        var catalog = PluginCatalog.Discover(pluginsPath);
        SharedAssemblies.Instance.LoadContracts(catalog.ContractsFolder);
        var order = ModuleSelection.Resolve(catalog, EnabledModulesSetting.Read(configuration), HostVersion.Current);
        var loader = new PluginLoader(SharedAssemblies.Instance);
        return new ModuleRuntime(catalog, order.Select(loader.Load).ToList(), PlatformServices.Assemblies);
    }

    private static void ConfigureServices(
        WebApplicationBuilder builder, ModuleRuntime runtime, IntegrationEventRegistry events, string connectionString,
        EmbeddedPostgres? embedded)
    {
        builder.AddRequestLimits();
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CaseActs>();
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton(runtime);
        services.AddSingleton<IModuleDbContextLocator>(runtime);
        services.TryAddSingleton<IEnabledModules>(runtime);
        services.AddSingleton<ILoadedModules>(runtime);
        services.AddSingleton(events);
        services.AddPlatformDbContext(PlatformServices.Assemblies);
        services.AddSingleton<MigrationRunner>();

        services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<HandlerCatalog>();
        services.AddSingleton<HandlerDispatcher>();
        services.AddSingleton<OutboxProcessor>();
        services.AddHostedService<OutboxRelay>();
        services.AddOptions<IdempotencyOptions>().Bind(builder.Configuration.GetSection(IdempotencyOptions.Section));
        services.AddHostedService<IdempotencyRetention>();
        if (embedded is not null)
        {
            services.AddSingleton(embedded);
            services.AddHostedService<EmbeddedPostgresSupervisor>();
        }

        foreach (var platformService in PlatformServices.All)
        {
            services.AddHandlersFrom(platformService.GetType().Assembly);
            platformService.ConfigureServices(services, builder.Configuration);
        }

        services.AddSingleton<IProblemDetailsWriter, JsonProblemWriter>();
        services.AddProblemDetails();
        // Modules add their own policies (e.g. the public petition lookup) with services.AddRateLimiter(options => …).
        services.AddRateLimiter(options => options.OnRejected = RefusalProblems.RejectAsync);
        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new StorableTextConverter());
            options.SerializerOptions.Converters.Add(new SupportedDateConverter<DateOnly>());
            options.SerializerOptions.Converters.Add(new SupportedDateConverter<DateTime>());
            options.SerializerOptions.Converters.Add(new SupportedDateConverter<DateTimeOffset>());
        });
        services.AddModuleDocuments(runtime);
        services.AddGovernanceHealthChecks();

        foreach (var module in runtime.Modules)
        {
            var context = new ModuleContext(module.Manifest, module.Assembly, builder.Configuration.GetSection($"Modules:{module.Id}"));
            Guard(module, "registering its services", () => module.Module.ConfigureServices(services, context));
        }

        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterModule<MediatorModule>();
            foreach (var module in runtime.Modules)
            {
                Guard(module, "registering its container services", () => module.Module.ConfigureContainer(container));
            }
        });
    }

    private static void ConfigurePipeline(WebApplication app, ModuleRuntime runtime)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages(RefusalProblems.WriteAsync);
        app.UseUrlLengthLimit();
        app.UseKnownRequestCharsets();
        app.UseAuthentication();
        app.UseRestrictedTokenGate();
        app.UseAuthorization();
        app.UseDeniedRequestAudit();
        app.UseRateLimiter();
        app.UseModuleDocuments(runtime);
        app.MapGovernanceHealthChecks();
        var api = app.MapGroup("").AddEndpointFilterFactory(RequestArgumentsFilter.Create);
        api.MapModulesEndpoints();
        api.MapDeadLetterEndpoints();
        foreach (var platformService in PlatformServices.All)
        {
            platformService.MapEndpoints(api);
        }

        foreach (var module in runtime.Modules)
        {
            var group = api.MapGroup(module.RoutePrefix).WithGroupName(module.DocumentName).WithTags(module.Manifest.DisplayName)
                .RequireModuleAccess(module.Manifest);
            Guard(module, "mapping its endpoints", () => module.Module.MapEndpoints(group));
        }
    }

    private static void Guard(LoadedModule module, string step, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is not ModuleStartupException)
        {
            throw new ModuleStartupException(module.Id, $"failed while {step}: {ex.Message}", ex);
        }
    }
}
