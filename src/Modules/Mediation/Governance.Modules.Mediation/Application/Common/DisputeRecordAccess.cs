using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Security;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>
/// Attachments of a dispute (调解记录照片, signed agreement scans …): seen by callers with mediation.read whose jurisdiction
/// contains the dispute; added by those with mediation.mediate.
/// </summary>
internal sealed class DisputeRecordAccess(MediationDbContext db, ICurrentUser user)
    : CaseRecordAccess<Dispute, DisputeState, DisputeAction>(db, user, "Mediation", "dispute", MediationPermissions.Read, MediationPermissions.Mediate);
