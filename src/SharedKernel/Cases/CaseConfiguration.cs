using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.SharedKernel.Cases;

public static class CaseConfiguration
{
    /// <summary>
    /// The kit's part of a case's table: state and 督办 level as text, the running deadline, 督办 and 领导包案 as columns of
    /// the case's row, the row version, the scope index, and the 延期 requests (their table: <see cref="CaseExtensionConfiguration"/>).
    /// </summary>
    public static EntityTypeBuilder<TCase> ConfigureCase<TCase, TState, TAction>(this EntityTypeBuilder<TCase> builder)
        where TCase : CaseRecord<TCase, TState, TAction>
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ScopeCode).HasMaxLength(15);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasIndex(c => c.ScopeCode).HasOperators("varchar_pattern_ops");
        builder.Ignore(c => c.StepsTaken);
        builder.Ignore(c => c.IsClosed);
        builder.Ignore(c => c.PendingExtension);
        builder.OwnsOne(c => c.Deadline, deadline =>
        {
            deadline.Property(d => d.Due).HasColumnName("due_at");
            deadline.Property(d => d.WarnFrom).HasColumnName("warn_from");
            deadline.HasIndex(d => d.Due);
        });
        builder.OwnsOne(c => c.Supervision, supervision =>
        {
            supervision.Property(s => s.Level).HasConversion<string>().HasMaxLength(16).HasColumnName("supervision_level");
            supervision.Property(s => s.Note).HasMaxLength(1000).HasColumnName("supervision_note");
            supervision.Property(s => s.At).HasColumnName("supervised_at");
            supervision.Property(s => s.By).HasMaxLength(100).HasColumnName("supervised_by");
        });
        builder.OwnsOne(c => c.Leader, leader =>
        {
            leader.Property(l => l.UserId).HasColumnName("leader_user_id");
            leader.Property(l => l.Name).HasMaxLength(100).HasColumnName("leader_name");
            leader.Property(l => l.Team).HasColumnName("leader_team");
            leader.Property(l => l.Plan).HasMaxLength(2000).HasColumnName("leader_plan");
            leader.Property(l => l.Deadline).HasColumnName("leader_deadline");
            leader.Ignore(l => l.IsAssigned);
        });
        builder.Navigation(c => c.Deadline).IsRequired();
        builder.Navigation(c => c.Supervision).IsRequired();
        builder.Navigation(c => c.Leader).IsRequired();
        builder.HasMany(c => c.Extensions).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        return builder;
    }
}
