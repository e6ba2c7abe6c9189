using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.SharedKernel.Idempotency;

public static class IdempotencyModel
{
    public const string Table = "idempotency_keys";

    /// <summary>
    /// Adds the <c>idempotency_keys</c> table to a module's model (call from <c>ConfigureModel</c>, then add a
    /// migration); required by <see cref="IdempotencyEndpointExtensions.AcceptsIdempotencyKey{TContext}"/>.
    /// </summary>
    public static ModelBuilder AddIdempotencyKeys(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());

    private sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
    {
        public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
        {
            builder.ToTable(Table);
            builder.HasKey(r => new { r.Scope, r.Key });
            builder.Property(r => r.Scope).HasMaxLength(500);
            builder.Property(r => r.Key).HasMaxLength(IdempotencyEndpointExtensions.MaxKeyLength);
            builder.Property(r => r.RequestHash).HasMaxLength(64);
            builder.Property(r => r.ResponseBody).HasColumnType("jsonb");
            builder.Property(r => r.Location).HasMaxLength(500);
            builder.Property(r => r.ETag).HasMaxLength(100);
            builder.HasIndex(r => r.CreatedAt);
        }
    }
}
