namespace Governance.Platform.Accounts.SignIn;

/// <summary>A signed-in caller's bearer token.</summary>
/// <param name="MustChangePassword">The password is temporary: the token only opens <c>POST /api/auth/password</c>.</param>
public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, bool MustChangePassword);
