using Governance.Modules.Registry.Infrastructure.Files;
using Governance.SharedKernel.Identifiers;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Registry.Application.Regions;

/// <summary>
/// POST /regions/import: imports the bundled division codes for the configured county, or the uploaded CSV file
/// (multipart field <c>file</c>, the official table's layout), and reports added / changed / unchanged.
/// </summary>
internal static class ImportRegions
{
    private const long MaxRegionFileBytes = 20L << 20;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("regions/import", HandleAsync)
            .RequirePermission(RegistryPermissions.RegionsImport)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<RegionImportReport>()
            .WithSummary("导入统计用区划代码（内置 2023 年版或上传 CSV），报告新增/变更/未变条数");

    private static async Task<IResult> HandleAsync(
        HttpRequest request, RegionImporter importer, IOptions<RegistryOptions> options, CancellationToken ct)
    {
        if (!Uploads.HasMultipartBody(request))
        {
            var county = RegionCode.Parse(options.Value.County);
            return Results.Ok(await importer.ImportAsync($"内置 2023 年区划代码（{county.ShortForm}）", RegionRows.Bundled(county), ct));
        }

        var file = await Uploads.SaveAsync(request, options.Value.ResolvedImportFolder, MaxRegionFileBytes, ct);
        try
        {
            await using var stream = File.OpenRead(file.Path);
            return Results.Ok(await importer.ImportAsync(file.FileName, RegionRows.Read(stream), ct));
        }
        finally
        {
            Uploads.Delete(file);
        }
    }
}
