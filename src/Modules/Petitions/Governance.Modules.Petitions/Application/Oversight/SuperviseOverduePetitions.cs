using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>
/// 超期自动督办 of open petitions: 黄牌 inside the warning period of their current deadline, 红牌 once overdue. Run every
/// <c>Modules:Petitions:OverdueCheckInterval</c>.
/// </summary>
internal sealed record SuperviseOverduePetitions : SuperviseOverdueCases;

internal sealed class SuperviseOverduePetitionsHandler(PetitionsDbContext db, TimeProvider clock)
    : SuperviseOverdueCasesHandler<SuperviseOverduePetitions, Petition, PetitionState, PetitionAction>(db, clock, PetitionWorkflow.Definition);
