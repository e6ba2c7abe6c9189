namespace Governance.Platform.Accounts.Model;

/// <summary>
/// One sign-in of an account: its tokens carry the id. It ends when signed out, after <c>Auth:Session:IdleTimeout</c>
/// without a request, or <c>Auth:Session:MaxLifetime</c> after the sign-in.
/// </summary>
internal sealed class SignInSession
{
    public SignInSession(Guid userId, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        UserId = userId;
        CreatedAt = createdAt;
        LastActivityAt = createdAt;
    }

    public Guid Id { get; private init; }

    public Guid UserId { get; private init; }

    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>The last recorded request: at most <see cref="Sessions.SessionActivity.RecordInterval"/> behind the real last one.</summary>
    public DateTimeOffset LastActivityAt { get; private init; }

    /// <summary>When it was signed out; null while it is open.</summary>
    public DateTimeOffset? EndedAt { get; private init; }
}
