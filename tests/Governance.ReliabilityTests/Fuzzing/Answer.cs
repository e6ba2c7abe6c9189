using System.Diagnostics;
using System.Text.Json;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>What the host answered to one request, and how long it took.</summary>
public sealed record Answer(int Status, string? MediaType, string Text, TimeSpan Elapsed)
{
    public const string ProblemJson = "application/problem+json";

    public bool IsSuccess => Status is >= 200 and < 300;

    public bool IsRefusal => Status is >= 400 and < 500;

    public bool IsServerError => Status >= 500;

    /// <summary>An <c>application/problem+json</c> document: a JSON object with its status.</summary>
    public bool IsProblem
    {
        get
        {
            if (MediaType != ProblemJson)
            {
                return false;
            }

            try
            {
                using var document = JsonDocument.Parse(Text);
                return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("status", out _);
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }

    public static async Task<Answer> OfAsync(HttpClient client, FuzzRequest request)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request.ToMessage());
            var text = await response.Content.ReadAsStringAsync();
            return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, clock.Elapsed);
        }
        catch (Exception ex) when (ex is not HttpRequestException and not TaskCanceledException)
        {
            // The in-memory server hands the client the exception a real server would answer with an empty 500.
            return new Answer(500, null, $"threw {ex.GetType().Name}: {ex.Message.Split('\n')[0]}", clock.Elapsed);
        }
    }

    public string Summary(int length = 300) => $"{Status} {MediaType ?? "(no content type)"}: {(Text.Length > length ? Text[..length] + "…" : Text)}";
}
