namespace Governance.Platform.Attachments;

internal sealed record AttachmentView(
    Guid Id, string Module, string RecordType, string RecordId, string FileName, string ContentType, long Size,
    string Sha256, Guid? UploadedBy, DateTimeOffset UploadedAt)
{
    public static AttachmentView Of(Attachment a) =>
        new(a.Id, a.Module, a.RecordType, a.RecordId, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt);
}
