namespace Governance.Modules.Registry.Contracts.Organisations;

/// <summary>What other modules show of a unit (实有单位): its name, credit code and scope.</summary>
public sealed record OrganisationSummaryDto(Guid Id, string Name, string CreditCode, string ScopeCode);
