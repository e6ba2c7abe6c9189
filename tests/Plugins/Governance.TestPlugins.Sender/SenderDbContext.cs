using Governance.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.TestPlugins.Sender;

internal sealed class SenderDbContext(DbContextOptions<SenderDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "sender";

    public override string Schema => SchemaName;

    public DbSet<Note> Notes => Set<Note>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.Property(n => n.Text).HasMaxLength(200);
        });
}

internal sealed class SenderDesignTimeFactory() : ModuleDesignTimeFactory<SenderDbContext>(SenderDbContext.SchemaName)
{
    protected override SenderDbContext Create(DbContextOptions<SenderDbContext> options) => new(options);
}

internal sealed class Note
{
    public Guid Id { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
