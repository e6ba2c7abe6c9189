using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Roles;

internal sealed record GetRole(string Code) : IQuery<RoleView>;

internal sealed class GetRoleHandler(PlatformDbContext db) : IRequestHandler<GetRole, RoleView>
{
    public async Task<RoleView> Handle(GetRole query, CancellationToken cancellationToken) =>
        await db.Roles.Where(r => r.Code == query.Code).Select(RoleView.FromRole).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"角色 {query.Code} 不存在");
}
