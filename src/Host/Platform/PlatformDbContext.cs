using Governance.SharedKernel.Data;
using Governance.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Governance.Host.Platform;

/// <summary>
/// The host's own schema <c>platform</c>. Each platform service keeps its tables' mapping in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> of its own folder; they are all picked up here.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => ModuleNaming.PlatformSchema;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
}

internal sealed class PlatformDesignTimeFactory() : ModuleDesignTimeFactory<PlatformDbContext>(ModuleNaming.PlatformSchema)
{
    protected override PlatformDbContext Create(DbContextOptions<PlatformDbContext> options) => new(options);
}
