using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Contracts.Regions;

/// <summary>A statistical division (省/市/县/乡镇/村社区) by its 12-digit code, with its ancestors from the province down.</summary>
/// <param name="Code">The 12-digit canonical code.</param>
/// <param name="Prefix">The significant digits: the scope code of records directly in this region.</param>
/// <param name="FullName">Every name from the province down, e.g. 浙江省杭州市西湖区北山街道上保社区.</param>
public sealed record RegionDto(
    string Code,
    string Prefix,
    string Name,
    RegionLevel Level,
    string FullName,
    IReadOnlyList<RegionAncestorDto> Ancestors);

public sealed record RegionAncestorDto(string Code, string Name, RegionLevel Level);
