using Governance.Platform.Accounts.Security;

namespace Governance.Platform.Accounts.Model;

/// <summary>A built-in account: who it is, where it belongs, what it may do, and its password and lock-out state.</summary>
internal sealed class UserAccount
{
    // For EF Core.
    private UserAccount()
    {
    }

    /// <summary>A new account; give it a place with <see cref="Assign"/> and a password with <see cref="SetPassword"/>.</summary>
    public UserAccount(string userName, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        UserName = userName;
        NormalizedUserName = Normalize(userName);
        CreatedAt = createdAt;
        SecurityStamp = Guid.NewGuid();
    }

    public Guid Id { get; private init; }

    public string UserName { get; private init; } = "";

    /// <summary>The upper-case user name: unique, so user names are unique whatever their case.</summary>
    public string NormalizedUserName { get; private init; } = "";

    public string DisplayName { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    /// <summary>A <see cref="SharedKernel.Security.Jurisdiction"/> code; null = no region-scoped data at all.</summary>
    public string? Jurisdiction { get; private set; }

    public List<Role> Roles { get; private init; } = [];

    public string PasswordHash { get; private set; } = "";

    /// <summary>The hashes of the passwords before the current one, newest first, at most <see cref="PasswordSettings.MaxHistory"/>.</summary>
    public List<string> PreviousPasswordHashes { get; private set; } = [];

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public bool MustChangePassword { get; private set; }

    public bool Disabled { get; private set; }

    /// <summary>The TOTP key (base32): pending until <see cref="SecondFactorEnabled"/>, never shown again after enrolment.</summary>
    public string? SecondFactorSecret { get; private set; }

    public bool SecondFactorEnabled { get; private set; }

    /// <summary>The time step of the last accepted code: a code of it or an earlier step is refused (replay).</summary>
    public long SecondFactorLastStep { get; private set; }

    /// <summary>SHA-256 hashes of the recovery codes not yet spent.</summary>
    public List<string> RecoveryCodeHashes { get; private set; } = [];

    /// <summary>
    /// Changes whenever existing tokens must stop working: password, disabling, department, jurisdiction, roles or the
    /// second factor.
    /// </summary>
    public Guid SecurityStamp { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>PostgreSQL <c>xmin</c>: the ETag of the record.</summary>
    public uint Version { get; private set; }

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    /// <summary>Sets a new password hash; a temporary one (reset by an administrator) must be changed at the next sign-in.</summary>
    public void SetPassword(string passwordHash, bool temporary)
    {
        if (PasswordHash.Length > 0)
        {
            PreviousPasswordHashes = [PasswordHash, .. PreviousPasswordHashes.Take(PasswordSettings.MaxHistory - 1)];
        }

        PasswordHash = passwordHash;
        MustChangePassword = temporary;
        FailedSignIns = 0;
        LockedUntil = null;
        SecurityStamp = Guid.NewGuid();
    }

    /// <summary>Every token issued so far stops working; the password stays.</summary>
    public void EndSessions() => SecurityStamp = Guid.NewGuid();

    public void Assign(string displayName, string departmentCode, string? jurisdiction, IReadOnlyCollection<Role> roles)
    {
        var scopeChanged = departmentCode != DepartmentCode || jurisdiction != Jurisdiction
            || !roles.Select(r => r.Code).Order().SequenceEqual(Roles.Select(r => r.Code).Order());
        DisplayName = displayName;
        DepartmentCode = departmentCode;
        Jurisdiction = jurisdiction;
        var added = roles.Where(r => Roles.All(held => held.Code != r.Code)).ToList();
        Roles.RemoveAll(r => roles.All(kept => kept.Code != r.Code));
        Roles.AddRange(added);
        if (scopeChanged)
        {
            SecurityStamp = Guid.NewGuid();
        }
    }

    /// <summary>A new key awaiting its first code; replaces one not yet confirmed.</summary>
    public void BeginSecondFactor(string secret) => SecondFactorSecret = secret;

    /// <summary>The pending key is confirmed by a code of <paramref name="step"/>: sign-ins need it from now on.</summary>
    public void EnableSecondFactor(long step, List<string> recoveryCodeHashes)
    {
        SecondFactorEnabled = true;
        SecondFactorLastStep = step;
        RecoveryCodeHashes = recoveryCodeHashes;
        SecurityStamp = Guid.NewGuid();
    }

    public void RemoveSecondFactor()
    {
        SecondFactorSecret = null;
        SecondFactorEnabled = false;
        SecondFactorLastStep = 0;
        RecoveryCodeHashes = [];
        SecurityStamp = Guid.NewGuid();
    }

    /// <summary>Holds a role that requires a second factor but has none enabled: may only enrol.</summary>
    public bool MustEnrolSecondFactor => !SecondFactorEnabled && Roles.Any(r => r.RequiresSecondFactor);

    public void SetDisabled(bool disabled)
    {
        if (disabled != Disabled)
        {
            Disabled = disabled;
            SecurityStamp = Guid.NewGuid();
        }
    }
}
