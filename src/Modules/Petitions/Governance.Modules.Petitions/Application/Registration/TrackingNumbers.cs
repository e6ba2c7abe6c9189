using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Registration;

/// <summary>
/// Public tracking numbers (XF + county + registration date + sequence: readable, unique, sortable by time) and the
/// random query code a petitioner uses with it; only the code's hash is stored.
/// </summary>
internal static class TrackingNumbers
{
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static async Task<string> NextAsync(PetitionsDbContext db, string scopeCode, DateTimeOffset registeredAt, CancellationToken ct)
    {
        var sequence = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{PetitionsDbContext.SchemaName}.{PetitionsDbContext.TrackingSequence}') AS \"Value\"")
            .SingleAsync(ct);
        var date = ChinaTime.DateOf(registeredAt).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return $"XF{scopeCode[..6]}{date}{sequence % 1_000_000:D6}";
    }

    /// <summary>An 8-character code without look-alike characters (0/O, 1/I/L).</summary>
    public static string NewQueryCode() => new(RandomNumberGenerator.GetItems<char>(CodeAlphabet, 8));

    public static string HashOf(string trackingNumber, string queryCode) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{trackingNumber}:{queryCode.Trim().ToUpperInvariant()}")));
}
