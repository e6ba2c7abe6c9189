using Governance.Platform.Accounts.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Platform.Accounts.Data;

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> role)
    {
        role.ToTable("roles");
        role.HasKey(r => r.Code);
        role.Property(r => r.Code).HasMaxLength(AccountLimits.Code);
        role.Property(r => r.Name).HasMaxLength(AccountLimits.Name);
        role.Property(r => r.Version).IsRowVersion();
    }
}
