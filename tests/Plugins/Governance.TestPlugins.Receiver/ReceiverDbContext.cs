using Governance.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.TestPlugins.Receiver;

internal sealed class ReceiverDbContext(DbContextOptions<ReceiverDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "receiver";

    public override string Schema => SchemaName;

    public DbSet<ReceivedNote> ReceivedNotes => Set<ReceivedNote>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReceivedNote>(note =>
        {
            note.ToTable("received_notes");
            note.HasKey(n => n.NoteId);
            note.Property(n => n.NoteId).ValueGeneratedNever();
            note.Property(n => n.Text).HasMaxLength(200);
        });
        modelBuilder.Entity<HandlerInvocation>(invocation =>
        {
            invocation.ToTable("handler_invocations");
            invocation.HasIndex(i => new { i.MessageId, i.Handler });
        });
    }
}

internal sealed class ReceiverDesignTimeFactory() : ModuleDesignTimeFactory<ReceiverDbContext>(ReceiverDbContext.SchemaName)
{
    protected override ReceiverDbContext Create(DbContextOptions<ReceiverDbContext> options) => new(options);
}

/// <summary>The Receiver's local copy of a Sender note (referenced by id, no foreign key across schemas).</summary>
internal sealed class ReceivedNote
{
    public Guid NoteId { get; init; }
    public required string Text { get; init; }
    public int TimesApplied { get; set; }
}

/// <summary>Every call of a handler, written outside the handler's transaction so failed calls are counted too.</summary>
internal sealed class HandlerInvocation
{
    public long Id { get; init; }
    public Guid MessageId { get; init; }
    public required string Handler { get; init; }
    public DateTimeOffset InvokedAt { get; init; }
}
