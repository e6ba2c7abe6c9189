using Governance.Platform.Accounts.Model;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Data;

/// <summary>The account tables of the platform schema.</summary>
internal static class AccountsTables
{
    extension(PlatformDbContext db)
    {
        public DbSet<UserAccount> Users => db.Set<UserAccount>();

        public DbSet<Role> Roles => db.Set<Role>();

        public DbSet<Department> Departments => db.Set<Department>();

        public DbSet<DepartmentModule> DepartmentModules => db.Set<DepartmentModule>();

        public DbSet<SignInSession> Sessions => db.Set<SignInSession>();

        public Task<List<Role>> RolesNamedAsync(IReadOnlyList<string>? codes, CancellationToken cancellationToken)
        {
            var wanted = codes ?? [];
            return db.Set<Role>().Where(r => wanted.Contains(r.Code)).ToListAsync(cancellationToken);
        }
    }
}
