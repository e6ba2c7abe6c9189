using Governance.Platform;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Governance.Host.Database;

/// <summary>
/// Builds the platform's context for <c>dotnet ef</c> with the model of every platform service; the host is the startup
/// project: <c>dotnet ef migrations add &lt;Name&gt; --project src/Platform/Governance.Platform --startup-project src/Host</c>.
/// </summary>
internal sealed class PlatformDesignTimeFactory() : ModuleDesignTimeFactory<PlatformDbContext>(ModuleNaming.PlatformSchema)
{
    protected override PlatformDbContext Create(DbContextOptions<PlatformDbContext> options) =>
        new(options, new PlatformModel(PlatformServices.Assemblies));
}
