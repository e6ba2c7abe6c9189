namespace Governance.Platform.Attachments;

/// <summary>Settings of attachment storage (<c>Attachments:*</c>).</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Largest accepted file.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Empty = contents kept in the database (platform.attachment_contents); a folder path = files there.</summary>
    public string Folder { get; set; } = "";
}
