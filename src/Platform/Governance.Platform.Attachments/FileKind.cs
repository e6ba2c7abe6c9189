using System.IO.Compression;

namespace Governance.Platform.Attachments;

/// <summary>
/// The file types accepted as attachments (photos, scans, documents), recognised from their content rather than
/// from the name or the Content-Type a client claims.
/// </summary>
internal sealed record FileKind(string Name, string ContentType, string[] Extensions)
{
    public static readonly FileKind Jpeg = new("JPEG 图片", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileKind Png = new("PNG 图片", "image/png", [".png"]);
    public static readonly FileKind Tiff = new("TIFF 扫描件", "image/tiff", [".tif", ".tiff"]);
    public static readonly FileKind Pdf = new("PDF 文档", "application/pdf", [".pdf"]);
    public static readonly FileKind Docx = new("Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly FileKind Xlsx = new("Excel 表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);

    public static readonly IReadOnlyList<FileKind> All = [Jpeg, Png, Tiff, Pdf, Docx, Xlsx];

    private static readonly (byte[] Signature, FileKind Kind)[] Signatures =
    [
        ([0xFF, 0xD8, 0xFF], Jpeg),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Png),
        ([0x49, 0x49, 0x2A, 0x00], Tiff),
        ([0x4D, 0x4D, 0x00, 0x2A], Tiff),
        ("%PDF-"u8.ToArray(), Pdf),
    ];

    /// <summary>The kind the content really is, or null when it is none of the accepted kinds.</summary>
    public static FileKind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        foreach (var (signature, kind) in Signatures)
        {
            if (read >= signature.Length && head[..signature.Length].SequenceEqual(signature))
            {
                return kind;
            }
        }

        return read >= 4 && head[..4].SequenceEqual("PK\u0003\u0004"u8) ? DetectOfficeDocument(content) : null;
    }

    private static FileKind? DetectOfficeDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return !names.Contains("[Content_Types].xml") ? null
                : names.Contains("word/document.xml") ? Docx
                : names.Contains("xl/workbook.xml") ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
