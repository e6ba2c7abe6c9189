using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Regions;

/// <summary>The region with its ancestry, if the caller may browse it.</summary>
internal sealed record GetRegionDetails(string Code) : IQuery<RegionDto>;

internal sealed class GetRegionDetailsValidator : AbstractValidator<GetRegionDetails>
{
    public GetRegionDetailsValidator() => RuleFor(q => q.Code).MustBeRegionCode();
}

internal sealed class GetRegionDetailsHandler(RegistryDbContext db, RegionDirectory directory, ICurrentUser user)
    : IRequestHandler<GetRegionDetails, RegionDto>
{
    public async Task<RegionDto> Handle(GetRegionDetails request, CancellationToken ct)
    {
        var code = RegionCode.Parse(request.Code);
        var visible = await db.Regions.VisibleTo(user).AnyAsync(r => r.Code == code.Value, ct);
        return (visible ? await directory.DescribeAsync(code, ct) : null)
            ?? throw new NotFoundException($"区划 {code.ShortForm} 不存在或不在您的辖区内");
    }
}

internal static class GetRegionDetailsEndpoint
{
    public static void Map(IEndpointRouteBuilder regions)
    {
        regions.MapGet("mine", (ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetRegionDetails(MyRegion(user)), ct))
            .WithSummary("当前用户辖区所在的区划（区划树的根）");
        regions.MapGet("{code}", (string code, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetRegionDetails(code), ct))
            .WithSummary("区划详情及其上级（省→村）名称");
    }

    /// <summary>The region of the caller's jurisdiction (a grid jurisdiction is shown as its village).</summary>
    private static string MyRegion(ICurrentUser user)
    {
        var code = user.Jurisdiction?.Code ?? throw new NotFoundException("您没有辖区");
        return code.Length > RegionCode.CanonicalLength ? code[..RegionCode.CanonicalLength] : code;
    }
}
