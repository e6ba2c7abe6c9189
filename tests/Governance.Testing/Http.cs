using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Governance.Testing;

/// <summary>Short forms for calling the API in tests and reading its answers.</summary>
public static class Http
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<JsonElement> Ok(this Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Json();
    }

    public static HttpRequestMessage WithIfMatch(this HttpRequestMessage request, string? etag)
    {
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return request;
    }

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, object body, string? etag) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) }.WithIfMatch(etag));

    public static string[] FieldErrors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var errors)
            ? errors.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : throw new Xunit.Sdk.XunitException($"no errors for {field}: {problem}");

    /// <summary>POSTs <paramref name="body"/> to <c>{record}/{step}</c> with the ETag the record has just before: a workflow step.</summary>
    public static async Task<HttpResponseMessage> PostStepAsync(this HttpClient client, string record, string step, object? body)
    {
        var current = await client.GetAsync(record);
        Assert.True(current.IsSuccessStatusCode, $"{record}: {(int)current.StatusCode}");
        return await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{record}/{step}")
        {
            Content = JsonContent.Create(body ?? new { }),
        }.WithIfMatch(current.Headers.ETag?.Tag));
    }
}
