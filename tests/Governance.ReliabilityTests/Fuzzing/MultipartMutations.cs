namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>Spoiled uploads: a multipart body cut short, without its file, with an empty file or a hostile file name.</summary>
public static class MultipartMutations
{
    public static readonly Mutation[] All =
    [
        Upload("cut multipart", (body, random) => body[..random.Next(1, body.Length)]),
        Upload("no file field", (body, _) => body.Replace("name=\"file\"", "name=\"other\"", StringComparison.Ordinal)),
        Upload("empty file", (body, _) => body[..(body.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)] + "\r\n--fuzz--\r\n"),
        Upload("hostile file name", (body, random) => body.Replace("a.csv", HostileValues.Text.Pick(random).Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal)),
        Upload("no boundary", (body, _) => body, "multipart/form-data"),
    ];

    private static Mutation Upload(string name, Func<string, Random, string> spoil, string? contentType = null) =>
        new(name, (draft, random) => draft.ContentType?.StartsWith("multipart/", StringComparison.Ordinal) == true && draft.RawBody is { } body
            ? new(name, draft with { RawBody = spoil(body, random), ContentType = contentType ?? draft.ContentType })
            : null);
}
