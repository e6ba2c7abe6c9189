using Governance.Modules.Petitions.Domain;
using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using MediatR;

namespace Governance.Modules.Petitions.Application.Review;

/// <summary>
/// The bodies of the review chain (第三十五条、第三十六条): each is the one above the body before it, known by its region
/// — a body's users have that region as their jurisdiction — and named from the Registry's region table.
/// </summary>
internal sealed class ReviewBodies(IMediator mediator)
{
    public async Task<ReviewBody> AboveAsync(string body, CancellationToken ct)
    {
        var parent = RegionCode.Parse(body[..Math.Min(body.Length, RegionCode.CanonicalLength)]).Parent
            ?? throw new BusinessRuleException($"{body} 为省级机关，本系统中没有其上一级机关受理复查、复核");
        var region = await mediator.Send(new GetRegion(parent.Value), ct);
        return new ReviewBody(parent.Prefix, region?.FullName ?? parent.Prefix);
    }
}
