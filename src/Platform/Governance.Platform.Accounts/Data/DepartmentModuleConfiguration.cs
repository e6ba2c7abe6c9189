using Governance.Platform.Accounts.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Platform.Accounts.Data;

internal sealed class DepartmentModuleConfiguration : IEntityTypeConfiguration<DepartmentModule>
{
    public void Configure(EntityTypeBuilder<DepartmentModule> switches)
    {
        switches.ToTable("department_modules");
        switches.HasKey(s => new { s.DepartmentCode, s.ModuleId });
        switches.Property(s => s.DepartmentCode).HasMaxLength(AccountLimits.Code);
        switches.Property(s => s.ModuleId).HasMaxLength(AccountLimits.ModuleId);
        switches.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentCode).OnDelete(DeleteBehavior.Cascade);
    }
}
