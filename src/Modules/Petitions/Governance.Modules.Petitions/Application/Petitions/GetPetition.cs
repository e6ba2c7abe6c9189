using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Petitions;

/// <summary>A petition as the desk sees it, with what this caller may do next; what every step answers (no petitioner identity).</summary>
internal sealed record GetPetition(Guid Id) : IQuery<PetitionView>;

internal sealed class GetPetitionHandler(PetitionsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetPetition, PetitionView>
{
    public async Task<PetitionView> Handle(GetPetition request, CancellationToken ct)
    {
        var petition = await db.Visible(user).AsNoTracking().Include(p => p.Extensions).FirstOrDefaultAsync(p => p.Id == request.Id, ct)
            ?? throw new SharedKernel.Errors.NotFoundException("信访件不存在或不在您的辖区内");
        return PetitionView.From(petition, user, clock.GetUtcNow());
    }
}
