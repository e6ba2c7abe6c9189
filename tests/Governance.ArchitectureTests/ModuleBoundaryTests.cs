using System.Reflection;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Modules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    private static readonly string[] ContractsMayReference = ["Governance.SharedKernel", "MediatR", "System.", "Microsoft.Win32", "netstandard", "mscorlib"];

    [Fact]
    public void There_are_modules_and_contracts_to_check()
    {
        Assert.NotEmpty(ModuleAssemblies.Plugins);
        Assert.NotEmpty(ModuleAssemblies.Contracts);
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.PluginNames), MemberType = typeof(ModuleAssemblies))]
    public void A_module_references_no_other_module_only_contracts(string plugin)
    {
        var references = ModuleAssemblies.Named(plugin).GetReferencedAssemblies()
            .Where(ModuleAssemblies.IsModuleOrContracts)
            .Where(r => !ModuleAssemblies.IsContracts(r))
            .Select(r => r.Name);

        Assert.Empty(references);
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.PluginNames), MemberType = typeof(ModuleAssemblies))]
    public void A_module_reaches_the_platform_only_through_its_abstractions(string plugin)
    {
        var references = ModuleAssemblies.Named(plugin).GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(name => (name.StartsWith("Governance.Platform", StringComparison.Ordinal) && name != "Governance.Platform.Abstractions")
                || name == "Governance.Host");

        Assert.Empty(references);
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.ContractsNames), MemberType = typeof(ModuleAssemblies))]
    public void Contracts_depend_only_on_shared_kernel_mediatr_and_the_base_library(string contracts)
    {
        var references = ModuleAssemblies.Named(contracts).GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(name => !ContractsMayReference.Any(allowed => name == allowed || (allowed.EndsWith('.') && name.StartsWith(allowed))));

        Assert.Empty(references);
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.PluginNames), MemberType = typeof(ModuleAssemblies))]
    public void Handlers_validators_and_db_contexts_are_internal(string plugin)
    {
        var exposed = ModuleAssemblies.Named(plugin).GetExportedTypes()
            .Where(t => typeof(DbContext).IsAssignableFrom(t) || t.GetInterfaces().Any(IsHandlerInterface))
            .Select(t => t.FullName);

        Assert.Empty(exposed);
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.PluginNames), MemberType = typeof(ModuleAssemblies))]
    public void A_plugin_exposes_exactly_one_module_class_and_nothing_else(string plugin)
    {
        var exported = ModuleAssemblies.Named(plugin).GetExportedTypes().Where(t => !IsGeneratedMigration(t));

        var module = Assert.Single(exported);
        Assert.True(typeof(IModule).IsAssignableFrom(module), $"{module.FullName} is public but is not the IModule class");
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.PluginNames), MemberType = typeof(ModuleAssemblies))]
    public void Integration_events_are_defined_in_contracts_not_in_plugins(string plugin)
    {
        var events = ModuleAssemblies.Named(plugin).GetTypes()
            .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)))
            .Select(t => t.FullName);

        Assert.Empty(events);
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.ContractsNames), MemberType = typeof(ModuleAssemblies))]
    public void Every_integration_event_has_a_stable_versioned_name(string contracts)
    {
        var unnamed = ModuleAssemblies.Named(contracts).GetTypes()
            .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(IntegrationEvent)))
            .Where(t => t.GetCustomAttribute<IntegrationEventAttribute>()?.Name is not { } name
                        || !System.Text.RegularExpressions.Regex.IsMatch(name, @"^[a-z0-9-]+\.[a-z0-9-]+\.v\d+$"))
            .Select(t => t.FullName);

        Assert.Empty(unnamed);
    }

    // dotnet-ef generates migrations as public classes; they expose nothing of the domain.
    private static bool IsGeneratedMigration(Type type) =>
        type.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))
        || type.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot));

    private static bool IsHandlerInterface(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
                               || type.GetGenericTypeDefinition() == typeof(INotificationHandler<>)
                               || type.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>));
}
