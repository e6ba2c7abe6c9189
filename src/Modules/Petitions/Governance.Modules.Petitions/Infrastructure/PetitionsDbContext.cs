using Governance.Modules.Petitions.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Infrastructure;

internal sealed class PetitionsDbContext(DbContextOptions<PetitionsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "petitions";

    /// <summary>The PostgreSQL sequence numbering tracking numbers.</summary>
    public const string TrackingSequence = "tracking_number_seq";

    public override string Schema => SchemaName;

    public DbSet<Petition> Petitions => Set<Petition>();

    public DbSet<PetitionStep> Steps => Set<PetitionStep>();

    public DbSet<Hearing> Hearings => Set<Hearing>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>(TrackingSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PetitionsDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new CaseExtensionConfiguration("extensions", "petition_id"));
        modelBuilder.AddIdempotencyKeys();
    }
}

internal sealed class PetitionsDesignTimeFactory() : ModuleDesignTimeFactory<PetitionsDbContext>(PetitionsDbContext.SchemaName)
{
    protected override PetitionsDbContext Create(DbContextOptions<PetitionsDbContext> options) => new(options);
}
