using Governance.SharedKernel.Data;
using Governance.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Governance.Host.Platform;

/// <summary>The host's own schema <c>platform</c>: the outbox and inbox of platform events for now.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => ModuleNaming.PlatformSchema;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class PlatformDesignTimeFactory() : ModuleDesignTimeFactory<PlatformDbContext>(ModuleNaming.PlatformSchema)
{
    protected override PlatformDbContext Create(DbContextOptions<PlatformDbContext> options) => new(options);
}
