using Governance.SharedKernel.Data;
using Governance.SharedKernel.Cases;
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

internal sealed class Note : WorkItemSource
{
    public Guid Id { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string ScopeCode { get; init; } = "";
    public Guid? Assignee { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public void Created() => Journal(CreatedAt, null);

    public void Close(DateTimeOffset now)
    {
        ClosedAt = now;
        Journal(now, null);
    }

    public override IEnumerable<WorkItem> WorkItems() =>
    [
        new("Sender", Id.ToString(), "便签", Text, ScopeCode, "test", Assignee, ClosedAt is null ? "待办" : "已办结",
            CreatedAt, DueAt, DueAt?.AddDays(-1), ClosedAt),
    ];
}
