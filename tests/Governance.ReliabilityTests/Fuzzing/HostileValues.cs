namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>Values no field should choke on, whatever it holds.</summary>
public static class HostileValues
{
    public static readonly string Megabyte = new('a', 1 << 20);

    public static readonly string[] Text =
    [
        "", "   \t ", "a\u0000b", "\u0007\u001b[31m\r\n\u0085", "' OR 1=1; DROP TABLE registry.persons; --", "\"; SELECT pg_sleep(5); --",
        "<script>alert(1)</script><img src=x onerror=alert(1)>", "${jndi:ldap://x}", "../../../../etc/passwd", "%00%2F%5C",
        "𠀀𪚥\u200b\u202e", new string('长', 300),
    ];

    public static readonly string[] Numbers = ["abc", "1.5", "-1", "0", "2147483648", "-2147483649", "99999999999999999999", "1e400", "NaN"];

    public static readonly string[] PageSizes = ["-1", "0", "201", "1000000", "2147483647", "2147483648"];

    public static readonly string[] Uuids =
        ["not-a-guid", "00000000-0000-0000-0000-000000000000", "0000000-0000-0000-0000-00000000000g", "{00000000-0000-0000-0000-000000000001}", "1"];

    public static readonly string[] Dates =
        ["0001-01-01", "9999-12-31", "1900-01-01", "2026-02-30", "2026-13-45", "20260601", "yesterday", "2026-06-01T25:61:00Z"];

    public static readonly string[] DateTimes =
        ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59+08:00", "2026-06-01T09:30:00+25:00", "2026-06-01 09:30", "1e10"];

    public static readonly string[] Booleans = ["maybe", "2", "TRUE ", "null"];

    public static readonly string[] Enums = ["NoSuchValue", "99", "-1", "registered", "Registered,Closed"];

    public static string Pick(this string[] values, Random random) => values[random.Next(values.Length)];

    /// <summary>What suits a value of this type and format, else any hostile text.</summary>
    public static string For(string? type, string? format, bool isEnum, Random random) => (type, format) switch
    {
        _ when isEnum => Enums.Pick(random),
        (_, "uuid") => Uuids.Pick(random),
        (_, "date") => Dates.Pick(random),
        (_, "date-time") => DateTimes.Pick(random),
        ("integer" or "number", _) => Numbers.Pick(random),
        ("boolean", _) => Booleans.Pick(random),
        _ => Text.Pick(random),
    };
}
