namespace Governance.Platform.Accounts.Security;

/// <summary>Settings of sign-in and bearer tokens (<c>Auth:*</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary><see cref="AuthMode.BuiltIn"/>: the platform's own accounts; <see cref="AuthMode.OpenIdConnect"/>: an external provider's tokens.</summary>
    public AuthMode Mode { get; set; } = AuthMode.BuiltIn;

    /// <summary>Base64 HMAC key (at least 32 bytes) that signs bearer tokens. Empty = a random key per process start.</summary>
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "governance";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The first administrator's password; empty = generate one and print it once on the console.</summary>
    public string AdminPassword { get; set; } = "";

    /// <summary>How long account status and department-module switches are cached per process.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    public PasswordSettings Password { get; set; } = new();

    public LockoutSettings Lockout { get; set; } = new();

    public SignInLimitSettings SignInLimit { get; set; } = new();

    public SessionSettings Session { get; set; } = new();

    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();

    /// <summary>The problems of these settings, empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (TokenLifetime <= TimeSpan.Zero)
        {
            yield return "Auth:TokenLifetime must be positive.";
        }

        if (CacheDuration <= TimeSpan.Zero)
        {
            yield return "Auth:CacheDuration must be positive.";
        }

        if (Password.MinLength is < 8 or > PasswordSettings.MaxLength)
        {
            yield return $"Auth:Password:MinLength must be between 8 and {PasswordSettings.MaxLength}.";
        }

        if (Password.RequiredCharacterClasses is < 1 or > 4)
        {
            yield return "Auth:Password:RequiredCharacterClasses must be between 1 and 4.";
        }

        if (Password.History is < 1 or > PasswordSettings.MaxHistory)
        {
            yield return $"Auth:Password:History must be between 1 and {PasswordSettings.MaxHistory}.";
        }

        if (Lockout.MaxFailures < 1)
        {
            yield return "Auth:Lockout:MaxFailures must be at least 1.";
        }

        if (Lockout.Duration <= TimeSpan.Zero)
        {
            yield return "Auth:Lockout:Duration must be positive.";
        }

        if (SignInLimit.Burst < 1 || SignInLimit.PerMinute < 1)
        {
            yield return "Auth:SignInLimit:Burst and Auth:SignInLimit:PerMinute must be at least 1.";
        }

        if (Session.IdleTimeout <= TimeSpan.Zero || Session.MaxLifetime <= TimeSpan.Zero)
        {
            yield return "Auth:Session:IdleTimeout and Auth:Session:MaxLifetime must be positive.";
        }

        if (Mode == AuthMode.OpenIdConnect && string.IsNullOrWhiteSpace(OpenIdConnect.Authority))
        {
            yield return "Auth:OpenIdConnect:Authority is required when Auth:Mode is OpenIdConnect.";
        }
    }
}

public enum AuthMode
{
    BuiltIn,
    OpenIdConnect,
}

/// <summary>Password complexity (<c>Auth:Password:*</c>).</summary>
public sealed class PasswordSettings
{
    public const int MaxLength = 128;

    public int MinLength { get; set; } = 10;

    /// <summary>How many of the four classes (upper case, lower case, digits, symbols) a password must mix.</summary>
    public int RequiredCharacterClasses { get; set; } = 3;

    /// <summary>Upper bound of <see cref="History"/>: how many earlier hashes an account keeps.</summary>
    public const int MaxHistory = 24;

    /// <summary>A new password may not be any of the account's last <c>History</c> passwords, the current one included (等保 2.0).</summary>
    public int History { get; set; } = 5;
}

/// <summary>Lock-out after repeated failed sign-ins (<c>Auth:Lockout:*</c>).</summary>
public sealed class LockoutSettings
{
    public int MaxFailures { get; set; } = 5;

    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Sign-in attempts per client address (<c>Auth:SignInLimit:*</c>): <see cref="Burst"/> at once, then
/// <see cref="PerMinute"/> a minute; more are refused with 429 before any password is checked.
/// </summary>
public sealed class SignInLimitSettings
{
    public int Burst { get; set; } = 20;

    public int PerMinute { get; set; } = 20;
}

/// <summary>
/// Server-side sign-in sessions (<c>Auth:Session:*</c>, 等保 2.0 8.1.4): a token is refused once its session has seen no
/// request for <see cref="IdleTimeout"/> or is <see cref="MaxLifetime"/> old; no token outlives its session.
/// </summary>
public sealed class SessionSettings
{
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>An external OpenID Connect provider whose access tokens the platform accepts (<c>Auth:OpenIdConnect:*</c>).</summary>
public sealed class OpenIdConnectSettings
{
    public string Authority { get; set; } = "";

    /// <summary>The audience the provider puts in tokens for this platform; empty = not checked.</summary>
    public string Audience { get; set; } = "";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Which claims of the provider's tokens hold the platform's user facts.</summary>
    public ExternalClaimNames Claims { get; set; } = new();
}

public sealed class ExternalClaimNames
{
    public string UserId { get; set; } = "sub";
    public string UserName { get; set; } = "preferred_username";
    public string Department { get; set; } = "dept";
    public string Jurisdiction { get; set; } = "jur";

    /// <summary>Role codes of the platform's roles table; their permissions become the caller's.</summary>
    public string Roles { get; set; } = "roles";
}
