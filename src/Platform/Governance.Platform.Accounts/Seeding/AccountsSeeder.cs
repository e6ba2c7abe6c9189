using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Passwords;
using Governance.Platform.Abstractions;
using Governance.Platform.Accounts.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Seeding;

/// <summary>
/// Runs at every start after the migrations: fills the departments and roles tables when they are empty, and creates
/// the administrator <c>admin</c> when there is no account at all — with <c>Auth:AdminPassword</c>, or a generated
/// password printed once that must be changed. Instances starting together take turns on an advisory lock.
/// </summary>
internal sealed class AccountsSeeder(
    PlatformDbContext db, AuthOptions options, PasswordPolicy passwords, IPasswordHasher<UserAccount> hasher,
    TimeProvider clock, SecretNotice notice) : IPlatformSeeder
{
    public const string AdministratorUserName = "admin";

    // An arbitrary, fixed key of the advisory lock that serialises seeding between instances.
    private const long SeedLock = 7_301_202_611;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLock})", cancellationToken);
        if (!await db.Departments.AnyAsync(cancellationToken))
        {
            foreach (var seed in DefaultDepartments.All)
            {
                db.Departments.Add(new Department(seed.Code, seed.Name, seed.Kind));
                db.DepartmentModules.AddRange(seed.Modules.Select(m => new DepartmentModule(seed.Code, m, enabled: true)));
            }
        }

        if (!await db.Roles.AnyAsync(cancellationToken))
        {
            db.Roles.AddRange(DefaultRoles.All.Select(seed => new Role(seed.Code, seed.Name, [.. seed.Permissions])));
        }

        await db.SaveChangesAsync(cancellationToken);
        var generated = options.Mode == AuthMode.BuiltIn && !await db.Users.AnyAsync(cancellationToken)
            ? await CreateAdministratorAsync(cancellationToken)
            : null;
        await transaction.CommitAsync(cancellationToken);
        if (generated is not null)
        {
            notice.GeneratedAdministratorPassword(AdministratorUserName, generated);
        }
    }

    /// <summary>Creates <c>admin</c>; returns the password when it was generated rather than configured.</summary>
    private async Task<string?> CreateAdministratorAsync(CancellationToken cancellationToken)
    {
        var configured = options.AdminPassword;
        if (configured.Length > 0 && passwords.Check(configured, AdministratorUserName) is { Count: > 0 } problems)
        {
            throw new ModuleStartupException(PlatformNames.Id,
                $"Auth:AdminPassword does not meet the password rules: {string.Join("；", problems)}.");
        }

        var department = await db.Departments.FindAsync([DefaultDepartments.Coordination], cancellationToken);
        if (department is null)
        {
            var seed = DefaultDepartments.All.Single(d => d.Code == DefaultDepartments.Coordination);
            db.Departments.Add(new Department(seed.Code, seed.Name, seed.Kind));
        }

        var role = await db.Roles.FindAsync([DefaultRoles.Administrator], cancellationToken);
        if (role is null)
        {
            var seed = DefaultRoles.All.Single(r => r.Code == DefaultRoles.Administrator);
            role = new Role(seed.Code, seed.Name, [.. seed.Permissions]);
            db.Roles.Add(role);
        }

        var admin = new UserAccount(AdministratorUserName, clock.GetUtcNow());
        admin.Assign("系统管理员", DefaultDepartments.Coordination, null, [role]);
        var password = configured.Length > 0 ? configured : passwords.Generate();
        admin.SetPassword(hasher.HashPassword(admin, password), temporary: configured.Length == 0);
        db.Users.Add(admin);
        await db.SaveChangesAsync(cancellationToken);
        return configured.Length > 0 ? null : password;
    }
}
