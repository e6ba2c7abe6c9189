using Governance.SharedKernel.Http;
using System.Text.Json;
using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;

namespace Governance.Modules.Registry.Application.Grids;

/// <summary>The body of PUT /grids/{code}.</summary>
internal sealed record GridChanges(string? Name, IReadOnlyList<Guid>? WorkerIds, JsonElement? Boundary);

internal sealed record UpdateGrid(string Code, uint ExpectedVersion, string? Name, IReadOnlyList<Guid>? WorkerIds, JsonElement? Boundary)
    : ICommand<GridView>, IGridFields;

internal sealed class UpdateGridValidator : AbstractValidator<UpdateGrid>
{
    public UpdateGridValidator()
    {
        RuleFor(c => c.Code).MustBeGridCode();
        Include(new GridFieldsValidator());
    }
}

internal sealed class UpdateGridHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateGrid, GridView>
{
    public async Task<GridView> Handle(UpdateGrid request, CancellationToken ct)
    {
        var grid = await GridLookup.VisibleAsync(db, user, GridCode.Parse(request.Code), ct);
        EntityTags.EnsureCurrent(request.ExpectedVersion, grid.Version, "网格");
        grid.Name = request.Name!.Trim();
        grid.WorkerIds = request.WorkerIds?.ToList() ?? [];
        grid.Boundary = GridFieldsValidator.BoundaryText(request.Boundary);
        grid.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return GridView.From(grid);
    }
}
