using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Infrastructure;

internal sealed class MediationDbContext(DbContextOptions<MediationDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "mediation";

    public override string Schema => SchemaName;

    public DbSet<Dispute> Disputes => Set<Dispute>();

    public DbSet<DisputeParty> Parties => Set<DisputeParty>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<DisputeStep> Steps => Set<DisputeStep>();

    public DbSet<Sweep> Sweeps => Set<Sweep>();

    /// <summary>The next number of the dispute sequence (案件编号).</summary>
    public Task<long> NextDisputeNumberAsync(CancellationToken ct) =>
        Database.SqlQuery<long>($"SELECT nextval('mediation.dispute_numbers') AS \"Value\"").SingleAsync(ct);

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>("dispute_numbers");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MediationDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new CaseExtensionConfiguration("extensions", "dispute_id"));
        modelBuilder.AddIdempotencyKeys();
    }
}

internal sealed class MediationDesignTimeFactory() : ModuleDesignTimeFactory<MediationDbContext>(MediationDbContext.SchemaName)
{
    protected override MediationDbContext Create(DbContextOptions<MediationDbContext> options) => new(options);
}
