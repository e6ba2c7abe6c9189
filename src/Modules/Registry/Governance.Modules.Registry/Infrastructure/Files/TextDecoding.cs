using System.Text;

namespace Governance.Modules.Registry.Infrastructure.Files;

/// <summary>
/// Opens CSV text as UTF-8 (with or without BOM) or, when the bytes are not UTF-8, as GB18030: Excel on Chinese
/// Windows saves CSV in GBK, which GB18030 decodes.
/// </summary>
internal static class TextDecoding
{
    private const int SniffBytes = 64 * 1024;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static StreamReader Open(Stream stream)
    {
        var encoding = IsUtf8(stream) ? new UTF8Encoding(false) : Encoding.GetEncoding("GB18030");
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    private static bool IsUtf8(Stream stream)
    {
        var buffer = new byte[SniffBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;

        // A multi-byte character cut at the end of the sample is not evidence against UTF-8.
        var sample = buffer.AsSpan(0, read);
        for (var trim = 0; trim < 4 && sample.Length > 0; trim++)
        {
            if (System.Text.Unicode.Utf8.IsValid(sample))
            {
                return true;
            }

            if (read < SniffBytes)
            {
                return false;
            }

            sample = sample[..^1];
        }

        return false;
    }
}
