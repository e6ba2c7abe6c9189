using Governance.Platform.Accounts.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Platform.Accounts.Data;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> user)
    {
        user.ToTable("users");
        user.HasKey(u => u.Id);
        user.Property(u => u.UserName).HasMaxLength(AccountLimits.UserName);
        user.Property(u => u.NormalizedUserName).HasMaxLength(AccountLimits.UserName);
        user.HasIndex(u => u.NormalizedUserName).IsUnique();
        user.Property(u => u.DisplayName).HasMaxLength(AccountLimits.Name);
        user.Property(u => u.DepartmentCode).HasMaxLength(AccountLimits.Code);
        user.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentCode).OnDelete(DeleteBehavior.Restrict);
        user.Property(u => u.Jurisdiction).HasMaxLength(AccountLimits.Jurisdiction);
        user.HasIndex(u => u.Jurisdiction);
        user.Property(u => u.Version).IsRowVersion();
        user.Property(u => u.SecondFactorSecret).HasMaxLength(AccountLimits.SecondFactorSecret);
        user.HasMany(u => u.Roles).WithMany().UsingEntity(
            "user_roles",
            role => role.HasOne(typeof(Role)).WithMany().HasForeignKey("RoleCode").OnDelete(DeleteBehavior.Restrict),
            account => account.HasOne(typeof(UserAccount)).WithMany().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade));
    }
}
