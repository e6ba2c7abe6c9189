using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure.Files;
using Governance.SharedKernel.Errors;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>
/// POST /persons/imports: accepts a ledger file (multipart field <c>file</c>, .csv or .xlsx), checks its format and
/// header at once (400 when it is not a ledger), records it as queued and answers 202 with the import's id and status URL.
/// </summary>
internal static class StartPersonImport
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("persons/imports", HandleAsync)
            .RequirePermission(RegistryPermissions.PersonsImport)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportView>(StatusCodes.Status202Accepted)
            .WithSummary("上传人口台账（CSV 或 .xlsx）批量导入，立即返回 202 与导入编号");

    private static async Task<IResult> HandleAsync(
        HttpRequest request, RegistryDbContext db, ICurrentUser user, PersonImportSignal signal,
        IOptions<RegistryOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var jurisdiction = user.Jurisdiction?.Code ?? throw new ForbiddenException("您没有辖区，不能导入人口台账");
        var settings = options.Value;
        var queued = await db.PersonImports.CountAsync(i => i.State == ImportState.Queued, ct);
        if (queued >= settings.MaxQueuedImports)
        {
            throw new BusinessRuleException($"已有 {queued} 个导入在排队，请等待完成后再上传。");
        }

        var file = await Uploads.SaveAsync(request, settings.ResolvedImportFolder, (long)settings.MaxImportFileMegabytes << 20, ct);
        try
        {
            var format = CheckFile(file);
            var now = clock.GetUtcNow();
            var import = new PersonImport
            {
                Id = Guid.CreateVersion7(now),
                FileName = file.FileName.Length > 255 ? file.FileName[..255] : file.FileName,
                Format = format,
                FilePath = file.Path,
                Host = PersonImportWorker.ThisHost,
                State = ImportState.Queued,
                RequestedBy = user.UserId,
                Jurisdiction = jurisdiction,
                CreatedAt = now,
            };
            db.PersonImports.Add(import);
            await db.SaveChangesAsync(ct);
            signal.Notify();
            return Results.Accepted($"/api/registry/persons/imports/{import.Id}", ImportView.From(import, null));
        }
        catch
        {
            Uploads.Delete(file);
            throw;
        }
    }

    private static string CheckFile(UploadedFile file)
    {
        var format = LedgerReader.FormatOf(file, out var problem) ?? throw Uploads.Invalid(problem!);
        try
        {
            using var reader = LedgerReader.Open(file.Path, format);
            LedgerColumns.Parse(reader.Header, out problem);
        }
        catch (InvalidDataException ex)
        {
            problem = ex.Message;
        }

        return problem is null ? format : throw Uploads.Invalid(problem);
    }
}
