using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Users;

/// <summary>Disables an account (its tokens stop working at once, it cannot sign in) or enables it again.</summary>
internal sealed record SetUserDisabled(Guid Id, bool Disabled) : ICommand<Unit>;

internal sealed class SetUserDisabledHandler(PlatformDbContext db, AccountStatusCache statuses) : IRequestHandler<SetUserDisabled, Unit>
{
    public async Task<Unit> Handle(SetUserDisabled command, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException($"用户 {command.Id} 不存在");
        user.SetDisabled(command.Disabled);
        await db.SaveKeepingAnAdministratorAsync(cancellationToken);
        statuses.Forget(user.Id);
        return Unit.Value;
    }
}
