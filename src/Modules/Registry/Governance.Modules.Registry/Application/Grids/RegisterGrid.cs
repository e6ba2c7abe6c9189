using System.Text.Json;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Grids;

/// <summary>Registers a grid in a village or community; without <see cref="Sequence"/> the next free number is taken.</summary>
internal sealed record RegisterGrid(
    string? VillageCode, int? Sequence, string? Name, IReadOnlyList<Guid>? WorkerIds, JsonElement? Boundary)
    : ICommand<GridView>, IGridFields;

internal sealed class RegisterGridValidator : AbstractValidator<RegisterGrid>
{
    public RegisterGridValidator(RegistryDbContext db)
    {
        RuleFor(c => c.VillageCode).NotEmpty().WithMessage("请填写网格所属村（社区）的 12 位区划代码").MustBeRegionCode()
            .Must(code => RegionCode.Parse(code!).Level == RegionLevel.Village)
            .When(c => RegionCode.TryParse(c.VillageCode, out _, out _), ApplyConditionTo.CurrentValidator)
            .WithMessage(c => $"{c.VillageCode} 不是村（社区）级区划代码，网格应隶属于村（社区）")
            .MustAsync((code, ct) => db.Regions.AnyAsync(r => r.Code == RegionCode.Parse(code!).Value, ct))
            .When(c => RegionCode.TryParse(c.VillageCode, out var v, out _) && v.Level == RegionLevel.Village, ApplyConditionTo.CurrentValidator)
            .WithMessage(c => $"村（社区）{c.VillageCode} 不在区划代码表中");
        RuleFor(c => c.Sequence).InclusiveBetween(1, 999).WithMessage("网格序号应为 1–999");
        Include(new GridFieldsValidator());
    }
}

internal sealed class RegisterGridHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RegisterGrid, GridView>
{
    public async Task<GridView> Handle(RegisterGrid request, CancellationToken ct)
    {
        var village = RegionCode.Parse(request.VillageCode!);
        user.EnsureWithinJurisdiction(village.Prefix, "村（社区）");
        var code = GridCode.Create(village, request.Sequence ?? await NextSequenceAsync(village, ct));
        if (await db.Grids.AnyAsync(g => g.Code == code, ct))
        {
            throw new ConflictException($"网格 {code} 已存在", new Dictionary<string, object?> { ["existingId"] = code.Value });
        }

        var now = clock.GetUtcNow();
        var grid = new Grid
        {
            Code = code,
            Village = village,
            ScopeCode = code.Value,
            Name = request.Name!.Trim(),
            WorkerIds = request.WorkerIds?.ToList() ?? [],
            Boundary = GridFieldsValidator.BoundaryText(request.Boundary),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Grids.Add(grid);
        await db.SaveChangesAsync(ct);
        return GridView.From(grid);
    }

    private async Task<int> NextSequenceAsync(RegionCode village, CancellationToken ct)
    {
        var codes = await db.Grids.Where(g => g.Village == village).Select(g => g.Code).ToListAsync(ct);
        var next = codes.Count == 0 ? 1 : codes.Max(c => c.Sequence) + 1;
        return next <= 999
            ? next
            : throw new BusinessRuleException($"村（社区）{village} 的网格序号已用完（001–999）");
    }
}

internal static class RegisterGridEndpoint
{
    public static void Map(IEndpointRouteBuilder grids) =>
        grids.MapPost("", async (RegisterGrid command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var grid = await mediator.Send(command, ct);
                EntityTags.Set(http, grid.Version);
                return Results.Created($"/api/registry/grids/{grid.Code}", grid);
            })
            .RequirePermission(RegistryPermissions.GridsWrite)
            .AcceptsIdempotencyKey<RegistryDbContext>()
            .WithSummary("新建网格（网格编码 = 12 位村/社区代码 + 3 位序号）");
}
