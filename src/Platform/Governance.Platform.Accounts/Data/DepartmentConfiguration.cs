using Governance.Platform.Accounts.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Platform.Accounts.Data;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> department)
    {
        department.ToTable("departments");
        department.HasKey(d => d.Code);
        department.Property(d => d.Code).HasMaxLength(AccountLimits.Code);
        department.Property(d => d.Name).HasMaxLength(AccountLimits.Name);
        department.Property(d => d.Kind).HasConversion<string>().HasMaxLength(AccountLimits.Code);
        department.Property(d => d.Version).IsRowVersion();
    }
}
