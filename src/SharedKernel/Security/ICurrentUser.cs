namespace Governance.SharedKernel.Security;

/// <summary>Who is calling: resolved per request from the bearer token; anonymous when there is none.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    string? UserName { get; }

    /// <summary>The code of the user's department (e.g. <c>xfj</c> 信访局), null for none.</summary>
    string? Department { get; }

    /// <summary>The region (or grid) the user may see, and everything below it; null = nothing.</summary>
    Jurisdiction? Jurisdiction { get; }

    bool HasPermission(string permission);
}

public static class CurrentUserExtensions
{
    /// <summary>True when <paramref name="scopeCode"/> (a record's region or grid code prefix) is within the user's jurisdiction.</summary>
    public static bool CanSee(this ICurrentUser user, string? scopeCode) =>
        scopeCode is not null && user.Jurisdiction is { } jurisdiction && jurisdiction.Contains(scopeCode);

    /// <summary>Whether personal data (full ID and phone numbers) may be shown unmasked to this user.</summary>
    public static bool MaySeePersonalData(this ICurrentUser user) => user.HasPermission(PlatformPermissions.ViewPersonalData);
}
