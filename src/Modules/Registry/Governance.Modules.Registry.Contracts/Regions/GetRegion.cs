using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Regions;

/// <summary>A region by code (any accepted length: 2, 4, 6, 9 or 12 digits), or null when it is not in the table.</summary>
public sealed record GetRegion(string Code) : IQuery<RegionDto?>;
