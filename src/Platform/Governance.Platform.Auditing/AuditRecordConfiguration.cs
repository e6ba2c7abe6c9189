using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Platform.Auditing;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public const string Table = "audit_log";
    public const int NameLength = 200;
    public const int CodeLength = 100;
    public const int AddressLength = 100;
    public const int DetailLength = 4000;

    public void Configure(EntityTypeBuilder<AuditRecord> record)
    {
        record.ToTable(Table);
        record.HasKey(r => r.Id);
        record.Property(r => r.Id).UseIdentityAlwaysColumn();
        record.HasIndex(r => r.Sequence).IsUnique();
        record.HasIndex(r => r.Id).HasFilter("hash IS NULL").HasDatabaseName("ix_audit_log_unlinked");
        record.Property(r => r.UserName).HasMaxLength(NameLength);
        record.Property(r => r.Department).HasMaxLength(CodeLength);
        record.Property(r => r.ClientAddress).HasMaxLength(AddressLength);
        record.Property(r => r.Operation).HasMaxLength(NameLength);
        record.Property(r => r.Module).HasMaxLength(CodeLength);
        record.Property(r => r.RecordType).HasMaxLength(CodeLength);
        record.Property(r => r.RecordId).HasMaxLength(NameLength);
        record.Property(r => r.Outcome).HasMaxLength(20);
        record.Property(r => r.Detail).HasMaxLength(DetailLength);
        record.Property(r => r.PreviousHash).HasMaxLength(64).IsFixedLength();
        record.Property(r => r.Hash).HasMaxLength(64).IsFixedLength();
        record.HasIndex(r => r.OccurredAt);
        record.HasIndex(r => r.UserId);
        record.HasIndex(r => r.UserName);
        record.HasIndex(r => new { r.Module, r.Operation });
        record.HasIndex(r => r.RecordId);
    }
}
