using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Users;

internal sealed record GetUser(Guid Id) : IQuery<UserView>;

internal sealed class GetUserHandler(PlatformDbContext db) : IRequestHandler<GetUser, UserView>
{
    public async Task<UserView> Handle(GetUser query, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == query.Id).Select(UserView.FromAccount).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"用户 {query.Id} 不存在");
}
