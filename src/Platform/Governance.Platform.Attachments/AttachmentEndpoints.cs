using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Auditing;
using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Attachments;

/// <summary>
/// Attachments of any module's records: upload, list and download, each authorised by the record's own module
/// (<see cref="IRecordAccess"/>); every download is audited.
/// </summary>
internal static class AttachmentEndpoints
{
    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/attachments").WithGroupName(PlatformNames.Document)
            .WithTags("附件 Attachments").RequireAuthorization();
        group.MapPost("{module}/{recordType}/{recordId}", UploadAsync).DisableAntiforgery()
            .WithSummary("上传附件 Attach a file (photo, scan, PDF, Word, Excel) to a record");
        group.MapGet("{module}/{recordType}/{recordId}", ListAsync).WithSummary("附件列表 Attachments of a record");
        group.MapGet("{id:guid}/content", DownloadAsync).WithSummary("下载附件 Download an attachment (audited)");
    }

    private static async Task<IResult> UploadAsync(
        string module, string recordType, string recordId, IFormFile file, IMediator mediator, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var view = await mediator.Send(new UploadAttachment(module, recordType, recordId, file.FileName, buffer.ToArray()), cancellationToken);
        return Results.Created($"/api/attachments/{view.Id}/content", view);
    }

    private static async Task<IReadOnlyList<AttachmentView>> ListAsync(
        string module, string recordType, string recordId, RecordAccess access, PlatformDbContext db,
        CancellationToken cancellationToken)
    {
        await EnsureReadableAsync(access, module, recordType, recordId, cancellationToken);
        var rows = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.Module == module && a.RecordType == recordType && a.RecordId == recordId)
            .OrderBy(a => a.UploadedAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        return rows.Select(AttachmentView.Of).ToList();
    }

    private static async Task<IResult> DownloadAsync(
        Guid id, RecordAccess access, PlatformDbContext db, IAttachmentStore store, IAuditTrail audit,
        CancellationToken cancellationToken)
    {
        // The address names no record: a refusal is the answer a missing attachment gets, or it would tell whose it is.
        var attachment = await db.Set<Attachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attachment is null || !await access.MayReadAsync(attachment.Module, attachment.RecordType, attachment.RecordId, cancellationToken))
        {
            throw new NotFoundException($"附件 {id} 不存在，或不在您的辖区与权限之内。");
        }

        var content = await store.OpenAsync(id, cancellationToken)
            ?? throw new NotFoundException($"附件 {id} 的文件已不在存储中，请联系管理员。");
        await audit.RecordReadAsync(attachment.Module, $"{attachment.RecordType}.attachment", id.ToString(),
            $"{attachment.RecordType} {attachment.RecordId}: {attachment.FileName}", cancellationToken);
        return Results.File(content, attachment.ContentType, attachment.FileName);
    }

    private static async Task EnsureReadableAsync(
        RecordAccess access, string module, string recordType, string recordId, CancellationToken cancellationToken)
    {
        var recordAccess = await access.FindAsync(module, recordType, cancellationToken);
        if (!await recordAccess.CanReadAsync(recordId, cancellationToken))
        {
            throw RecordAccess.NotFound(module, recordType, recordId);
        }
    }
}
