using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Platform.Attachments;

/// <summary>A file attached to a record of some module; the content lives in the configured store.</summary>
internal sealed class Attachment
{
    public Guid Id { get; init; }
    public required string Module { get; init; }
    public required string RecordType { get; init; }
    public required string RecordId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public required string Sha256 { get; init; }
    public Guid? UploadedBy { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}

/// <summary>The bytes of an attachment when the database is the store.</summary>
internal sealed class AttachmentContent
{
    public Guid AttachmentId { get; init; }
    public required byte[] Bytes { get; init; }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>, IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments");
        builder.Property(a => a.Module).HasMaxLength(64);
        builder.Property(a => a.RecordType).HasMaxLength(64);
        builder.Property(a => a.RecordId).HasMaxLength(64);
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(128);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(a => new { a.Module, a.RecordType, a.RecordId });
    }

    public void Configure(EntityTypeBuilder<AttachmentContent> builder)
    {
        builder.ToTable("attachment_contents");
        builder.HasKey(c => c.AttachmentId);
        builder.HasOne<Attachment>().WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId);
    }
}
