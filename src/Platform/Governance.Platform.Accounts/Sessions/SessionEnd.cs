namespace Governance.Platform.Accounts.Sessions;

/// <summary>Why a session no longer accepts its tokens.</summary>
internal enum SessionEnd
{
    /// <summary>No request for <c>Auth:Session:IdleTimeout</c>.</summary>
    Idle,

    /// <summary><c>Auth:Session:MaxLifetime</c> has passed since the sign-in.</summary>
    Expired,

    /// <summary>Signed out (or the row is gone).</summary>
    SignedOut,
}
