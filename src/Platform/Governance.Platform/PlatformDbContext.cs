using Governance.SharedKernel.Data;
using Governance.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform;

/// <summary>
/// The platform's schema <c>platform</c>. Each platform service keeps its tables' mapping in
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes of its own assembly; the <see cref="PlatformModel"/> names
/// those assemblies.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, PlatformModel model) : ModuleDbContext(options)
{
    public override string Schema => ModuleNaming.PlatformSchema;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        foreach (var assembly in model.Assemblies)
        {
            modelBuilder.ApplyConfigurationsFromAssembly(assembly);
        }
    }
}
