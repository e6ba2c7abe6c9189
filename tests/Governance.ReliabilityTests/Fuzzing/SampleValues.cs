using System.Globalization;
using System.Text.Json.Nodes;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>
/// Plausible values for fields and parameters by name and format, so that a generated request is valid and only its one
/// mutation is refused: the county's real region codes, the persons registered for the run, dates in the recent past.
/// </summary>
public sealed class SampleValues(IReadOnlyList<Guid> personIds)
{
    private const string Date = "2026-06-01";
    private const string DateTime = "2026-06-01T09:30:00+08:00";

    private static readonly Dictionary<string, string> Strings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["phone"] = "13800138000",
        ["month"] = "2026-06",
        ["password"] = "Fuzz-Passw0rd!",
        ["currentPassword"] = "Fuzz-Passw0rd!",
        ["newPassword"] = "Fuzz-Passw0rd-2!",
        ["userName"] = "fuzz-user",
        ["province"] = "330000",
        ["ethnicity"] = "汉族",
        ["department"] = TestUsers.TestDepartment,
        ["jurisdiction"] = CountyHost.County,
        ["roles"] = "grid-worker",
        ["permissions"] = "registry.persons.read",
    };

    /// <summary>Path parameters no record of the run supplies.</summary>
    private static readonly Dictionary<string, string> PathValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = "petitions.handling",
        ["year"] = "2031",
        ["module"] = "petitions",
        ["recordType"] = "petition",
        ["schema"] = "petitions",
    };

    /// <summary>Fields a valid request leaves out: derived from another (a birth date from the citizen id) or one of a pair.</summary>
    private static readonly HashSet<string> Omitted = new(StringComparer.OrdinalIgnoreCase) { "gridCode", "birthDate", "organisationId" };

    private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private int _codes;

    /// <summary>Makes fields naming a record of <paramref name="collection"/> (<c>/api/registry/addresses</c>: <c>addressId</c>) carry <paramref name="id"/>.</summary>
    public void Remember(string collection, string id) => _ids.TryAdd(Entity(collection[(collection.LastIndexOf('/') + 1)..]), id);

    public static string PathValue(string name, string? format, Random random) =>
        format == "uuid" ? Uuid(random).ToString()
        : PathValues.TryGetValue(name, out var known) ? known
        : "x";

    public static Guid Uuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>
    /// A value for the field <paramref name="name"/> of the <paramref name="item"/>-th item of its list; null when only a null
    /// fits (an id of a record the run does not have).
    /// </summary>
    public JsonNode? For(string name, string? type, string? format, IReadOnlyList<string> values, int item, Random random)
    {
        if (Omitted.Contains(name))
        {
            return null;
        }

        if (values.Count > 0)
        {
            return values[random.Next(values.Count)];
        }

        return (type, format) switch
        {
            ("string", "uuid") => name.EndsWith("PersonId", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith("PersonIds", StringComparison.OrdinalIgnoreCase) ? personIds[item % personIds.Count].ToString()
                : _ids.GetValueOrDefault(Entity(name)),
            ("string", "date") => Date,
            ("string", "date-time") => DateTime,
            ("string", _) => Text(name),
            ("integer", _) => name.Equals("sequence", StringComparison.OrdinalIgnoreCase) ? random.Next(100, 999)
                : name.Equals("year", StringComparison.OrdinalIgnoreCase) ? 2031
                : 2,
            ("number", _) => 1000.5,
            ("boolean", _) => false,
            _ => null,
        };
    }

    // addresses, addressId and addressIds all name an address.
    private static string Entity(string name) =>
        name.EndsWith("Ids", StringComparison.OrdinalIgnoreCase) ? name[..^3]
        : name.EndsWith("Id", StringComparison.OrdinalIgnoreCase) ? name[..^2]
        : name.EndsWith("sses", StringComparison.Ordinal) ? name[..^2]
        : name.TrimEnd('s');

    private JsonNode? Text(string name) =>
        name.EndsWith("RegionCode", StringComparison.OrdinalIgnoreCase) || name.EndsWith("RegionCodes", StringComparison.OrdinalIgnoreCase)
            || name.Equals("villageCode", StringComparison.OrdinalIgnoreCase) ? CountyHost.Shangbao
        : name.Equals("citizenId", StringComparison.OrdinalIgnoreCase) ? CitizenIds.Next()
        : name.Equals("creditCode", StringComparison.OrdinalIgnoreCase) ? CreditCodes.Next()
        : name.Equals("code", StringComparison.OrdinalIgnoreCase) ? "fuzz" + (++_codes).ToString(CultureInfo.InvariantCulture)
        : Strings.TryGetValue(name, out var known) ? known
        : "测试内容";
}
