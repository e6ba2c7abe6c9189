using System.Text;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>A request as a curl command against a host started with <c>dotnet run --project src/Host</c>.</summary>
public static class CurlLine
{
    public const string BaseUrl = "http://localhost:5080";
    private const int MaxBodyLength = 2000;

    public static string Of(FuzzRequest request, string regenerate)
    {
        var line = new StringBuilder($"curl -i -X {request.Method} {Quoted(BaseUrl + request.Url)} -H \"Authorization: Bearer $TOKEN\"");
        foreach (var (name, value) in request.Headers)
        {
            line.Append(" -H ").Append(Quoted($"{name}: {value}"));
        }

        if (request.ContentType is not null)
        {
            line.Append(" -H ").Append(Quoted("Content-Type: " + request.ContentType));
        }

        if (request.Body is { } body)
        {
            line.Append(" --data-binary ").Append(Quoted(body.Length > MaxBodyLength ? body[..MaxBodyLength] : body));
            if (body.Length > MaxBodyLength)
            {
                line.Append($"  # body cut at {MaxBodyLength} of {body.Length} characters; {regenerate} sends it whole");
            }
        }

        return line.ToString();
    }

    // Single quotes keep the shell away from $, ` and \; control characters are written as $'…' escapes.
    private static string Quoted(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        }

        var escaped = new StringBuilder("$'");
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\'' => "\\'",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return escaped.Append('\'').ToString();
    }
}
