using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Regions;

internal sealed class GetRegionValidator : AbstractValidator<GetRegion>
{
    public GetRegionValidator() => RuleFor(q => q.Code).NotEmpty().MustBeRegionCode();
}

/// <summary>Region names are public reference data: not limited to the caller's jurisdiction.</summary>
internal sealed class GetRegionHandler(RegionDirectory directory) : IRequestHandler<GetRegion, RegionDto?>
{
    public Task<RegionDto?> Handle(GetRegion request, CancellationToken ct) =>
        directory.DescribeAsync(RegionCode.Parse(request.Code), ct);
}
