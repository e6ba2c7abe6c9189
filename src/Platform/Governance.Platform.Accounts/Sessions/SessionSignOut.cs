using Governance.Platform.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Sessions;

/// <summary>Ends the caller's own session: its tokens are refused from now on, the account's other sessions go on.</summary>
internal sealed class SessionSignOut(PlatformDbContext db, SessionActivity activity, TimeProvider clock)
{
    /// <returns>Whether an open session of <paramref name="userId"/> was ended.</returns>
    public async Task<bool> EndAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ended = await db.Sessions.Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
        activity.Forget(sessionId);
        return ended == 1;
    }
}
