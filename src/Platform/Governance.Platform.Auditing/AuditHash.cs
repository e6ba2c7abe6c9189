using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Governance.Platform.Auditing;

/// <summary>
/// SHA-256 (lower-case hex) over a canonical form of a row: its fields in column order, the previous row's hash
/// last, each written as its UTF-8 byte length, ':' and its text, then ';' (null as '~;'). The length prefixes keep
/// the form unambiguous whatever the text holds. Times are UTC with microseconds, PostgreSQL's precision.
/// </summary>
internal static class AuditHash
{
    /// <summary>The "previous hash" of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Of(AuditRecord record)
    {
        var canonical = new StringBuilder();
        foreach (var field in Fields(record))
        {
            if (field is null)
            {
                canonical.Append("~;");
            }
            else
            {
                canonical.Append(Encoding.UTF8.GetByteCount(field)).Append(':').Append(field).Append(';');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>Cuts an instant to whole microseconds (and UTC), as <c>timestamptz</c> stores it.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);

    private static IEnumerable<string?> Fields(AuditRecord record) =>
    [
        record.Sequence?.ToString(CultureInfo.InvariantCulture),
        record.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        record.UserId?.ToString("D"),
        record.UserName,
        record.Department,
        record.ClientAddress,
        record.Operation,
        record.Module,
        record.RecordType,
        record.RecordId,
        record.Outcome,
        record.Detail,
        record.PreviousHash,
    ];
}
