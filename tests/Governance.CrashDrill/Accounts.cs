namespace Governance.CrashDrill;

/// <summary>The drill's callers: the administrator, and a 综治专干 of the county who works in Registry, Petitions and Mediation.</summary>
internal static class Accounts
{
    private const string ClerkPassword = "Chaos-Clerk-2026!y";

    /// <summary>Signs <c>admin</c> in with the password the host was started with.</summary>
    public static async Task SignInAdministratorAsync(Api administrator, Counters counters) =>
        administrator.Token = await SignInAsync(administrator, counters, "admin", HostProcess.AdminPassword);

    /// <summary>Creates the clerk, changes the temporary password at the first sign-in and answers the clerk's token.</summary>
    public static async Task<string> CreateClerkAsync(Api administrator, Api clerk, Counters counters)
    {
        var created = Api.Ok(await administrator.PostAsync("/api/platform/users", new
        {
            userName = "drill-clerk", displayName = "演练专干", department = "zzb", jurisdiction = "330106", roles = new[] { "coordination-clerk" },
        }), counters);
        var temporary = created.GetProperty("temporaryPassword").GetString()!;
        clerk.Token = await SignInAsync(clerk, counters, "drill-clerk", temporary);
        var changed = Api.Ok(await clerk.PostAsync("/api/auth/password", new { currentPassword = temporary, newPassword = ClerkPassword }), counters);
        var token = changed.GetProperty("accessToken").GetString()!;
        clerk.Token = token;
        return token;
    }

    private static async Task<string> SignInAsync(Api api, Counters counters, string userName, string password) =>
        Api.Ok(await api.PostAsync("/api/auth/token", new { userName, password }), counters).GetProperty("accessToken").GetString()!;
}
