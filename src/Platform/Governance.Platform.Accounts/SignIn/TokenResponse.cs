namespace Governance.Platform.Accounts.SignIn;

/// <summary>A signed-in caller's bearer token.</summary>
/// <param name="MustChangePassword">The password is temporary: the token only opens <c>POST /api/auth/password</c>.</param>
/// <param name="SecondFactorEnrolmentRequired">
/// A role requires a second factor the account has not enrolled: the token only opens <c>/api/auth/second-factor/enrol</c>
/// and <c>/confirm</c>.
/// </param>
public sealed record TokenResponse(
    string AccessToken, string TokenType, DateTimeOffset ExpiresAt, bool MustChangePassword, bool SecondFactorEnrolmentRequired);

/// <summary>The password was right and the account has a second factor: the challenge goes with a code to <c>POST /api/auth/token/second-factor</c>.</summary>
/// <param name="Challenge">Not a bearer token: it opens nothing but the second step, until <paramref name="ExpiresAt"/>.</param>
public sealed record SecondFactorChallenge(bool SecondFactorRequired, string Challenge, DateTimeOffset ExpiresAt);
