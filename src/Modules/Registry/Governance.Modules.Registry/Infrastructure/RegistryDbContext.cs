using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Identifiers.Persistence;

namespace Governance.Modules.Registry.Infrastructure;

internal sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "registry";

    public override string Schema => SchemaName;

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Grid> Grids => Set<Grid>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();

    public DbSet<StandardAddress> Addresses => Set<StandardAddress>();

    public DbSet<House> Houses => Set<House>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PersonImport> PersonImports => Set<PersonImport>();

    public DbSet<PersonImportError> PersonImportErrors => Set<PersonImportError>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddIdentifierConversions();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        modelBuilder.AddIdempotencyKeys();
    }
}

internal sealed class RegistryDesignTimeFactory() : ModuleDesignTimeFactory<RegistryDbContext>(RegistryDbContext.SchemaName)
{
    protected override RegistryDbContext Create(DbContextOptions<RegistryDbContext> options) => new(options);
}
