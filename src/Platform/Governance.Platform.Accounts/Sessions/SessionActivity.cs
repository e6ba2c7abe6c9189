using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Governance.Platform.Accounts.Sessions;

/// <summary>
/// Checks a token's session on every request and counts the request as activity. A session's state is cached per
/// process for <c>Auth:CacheDuration</c>; its last activity is written at most once per <see cref="RecordInterval"/>, so a
/// busy user does not turn every read into a write. The price: another instance, or this one after a restart, may see
/// the session up to that interval less active than it was and end it that much early.
/// </summary>
internal sealed class SessionActivity(IServiceScopeFactory scopes, IMemoryCache cache, AuthOptions options, TimeProvider clock)
{
    public static readonly TimeSpan RecordInterval = TimeSpan.FromMinutes(1);

    /// <summary>Why the session no longer accepts tokens, or null when it goes on (and this request counted).</summary>
    public async Task<SessionEnd?> TouchAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var state = await cache.GetOrCreateAsync(Key(sessionId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.CacheDuration;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            return await db.Sessions.Where(s => s.Id == sessionId)
                .Select(s => new SessionState(s.CreatedAt, s.EndedAt != null, s.LastActivityAt))
                .FirstOrDefaultAsync(cancellationToken);
        });
        if (state is null)
        {
            return SessionEnd.SignedOut;
        }

        var now = clock.GetUtcNow();
        if (state.EndAt(now, options.Session) is { } end)
        {
            return end;
        }

        if (state.Touch(now))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await db.Sessions.Where(s => s.Id == sessionId && s.LastActivityAt < now)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastActivityAt, now), cancellationToken);
        }

        return null;
    }

    /// <summary>This process refuses the session's tokens at once; other instances within <c>Auth:CacheDuration</c>.</summary>
    public void Forget(Guid sessionId) => cache.Remove(Key(sessionId));

    private static (string, Guid) Key(Guid sessionId) => ("sign-in-session", sessionId);

    private sealed class SessionState(DateTimeOffset createdAt, bool ended, DateTimeOffset lastActivity)
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _lastActivity = lastActivity;
        private DateTimeOffset _lastRecorded = lastActivity;

        public SessionEnd? EndAt(DateTimeOffset now, SessionSettings settings)
        {
            lock (_lock)
            {
                return ended ? SessionEnd.SignedOut
                    : now - createdAt >= settings.MaxLifetime ? SessionEnd.Expired
                    : now - _lastActivity >= settings.IdleTimeout ? SessionEnd.Idle
                    : null;
            }
        }

        /// <summary>Counts a request; true when the activity is due to be written.</summary>
        public bool Touch(DateTimeOffset now)
        {
            lock (_lock)
            {
                _lastActivity = now > _lastActivity ? now : _lastActivity;
                if (now - _lastRecorded < RecordInterval)
                {
                    return false;
                }

                _lastRecorded = now;
                return true;
            }
        }
    }
}
