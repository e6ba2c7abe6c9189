using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Users;

/// <summary>
/// Removes an account's second factor and recovery codes (a lost phone); its tokens stop working. If a role requires one,
/// the next sign-in can only enrol again.
/// </summary>
internal sealed record ResetSecondFactor(Guid Id) : ICommand<Unit>;

internal sealed class ResetSecondFactorHandler(PlatformDbContext db, AccountStatusCache statuses) : IRequestHandler<ResetSecondFactor, Unit>
{
    public async Task<Unit> Handle(ResetSecondFactor command, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException($"用户 {command.Id} 不存在");
        user.RemoveSecondFactor();
        await db.SaveChangesAsync(cancellationToken);
        statuses.Forget(user.Id);
        return Unit.Value;
    }
}
