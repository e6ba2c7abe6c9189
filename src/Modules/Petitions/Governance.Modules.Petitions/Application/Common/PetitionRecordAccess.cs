using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Security;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>
/// Who reaches a petition's attachments (letters, scans) at <c>/api/attachments/Petitions/petition/{id}</c>: readers of
/// petitions within whose jurisdiction it is; adding them needs the right to register or handle petitions.
/// </summary>
internal sealed class PetitionRecordAccess(PetitionsDbContext db, ICurrentUser user)
    : CaseRecordAccess<Petition, PetitionState, PetitionAction>(
        db, user, "Petitions", "petition", PetitionPermissions.Read, PetitionPermissions.Register, PetitionPermissions.Handle);
