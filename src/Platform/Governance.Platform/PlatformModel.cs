using System.Reflection;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Modules;

namespace Governance.Platform;

/// <summary>
/// The assemblies whose entity configurations make up <see cref="PlatformDbContext"/>'s model: those of the platform's
/// services. EF Core builds the model once per process, so every host of a process composes the same services.
/// </summary>
public sealed record PlatformModel(IReadOnlyList<Assembly> Assemblies);

public static class PlatformModelRegistration
{
    /// <summary>Registers <see cref="PlatformDbContext"/> with the model of <paramref name="assemblies"/>.</summary>
    public static IServiceCollection AddPlatformDbContext(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        services.AddSingleton(new PlatformModel(assemblies.Distinct().ToList()));
        return services.AddModuleDbContext<PlatformDbContext>(ModuleNaming.PlatformSchema);
    }
}
