using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Governance.ReliabilityTests.Authorisation;

/// <summary>
/// What a response shows its caller, as text that two answers can be compared by: the body without its trace id, or the
/// content parts of an exported workbook or document (not their creation time).
/// </summary>
internal static partial class ResponseText
{
    private static readonly string[] ContentParts = ["xl/sharedStrings.xml", "xl/worksheets/", "word/document.xml"];

    public static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return IsZip(bytes) ? ContentOf(bytes) : TraceId().Replace(Encoding.UTF8.GetString(bytes), "");
    }

    private static bool IsZip(byte[] bytes) => bytes is [(byte)'P', (byte)'K', 3, 4, ..];

    private static string ContentOf(byte[] bytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in archive.Entries.Where(e => ContentParts.Any(p => e.FullName.StartsWith(p, StringComparison.Ordinal))).OrderBy(e => e.FullName))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
