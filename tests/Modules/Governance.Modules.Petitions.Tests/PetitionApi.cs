using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Petitions.Tests;

/// <summary>A registered petition as the tests keep it.</summary>
public sealed record Registered(Guid Id, string TrackingNumber, string QueryCode, JsonElement Body);

/// <summary>Short forms for the petition endpoints.</summary>
public static class PetitionApi
{
    public const string Petitions = "/api/petitions";

    public static Dictionary<string, object?> Body(Guid? person = null, string region = PetitionsHostBase.Shangbao, string subject = "小区加装电梯纠纷") => new()
    {
        ["channel"] = "Visit",
        ["category"] = "Claim",
        ["domain"] = "UrbanRuralConstruction",
        ["subject"] = subject,
        ["content"] = "请求协调加装电梯费用分摊问题",
        ["regionCode"] = region,
        ["petitionerPersonIds"] = person is { } id ? new[] { id } : Array.Empty<Guid>(),
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value) =>
        new(body) { [field] = value };

    public static async Task<Registered> RegisterAsync(this HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync(Petitions, body);
        var json = await response.Json();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {json}");
        var petition = json.GetProperty("petition");
        return new Registered(petition.GetProperty("id").GetGuid(), petition.GetProperty("trackingNumber").GetString()!,
            json.GetProperty("queryCode").GetString()!, json);
    }

    public static async Task<string> ETagAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{Petitions}/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    /// <summary>POST /{id}/{action} with the current ETag.</summary>
    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, Guid id, string action, object? body = null) =>
        client.PostStepAsync($"{Petitions}/{id}", action, body);

    /// <summary>The action, which must succeed and answer what GET does; returns its petition.</summary>
    public static async Task<JsonElement> DoAsync(this HttpClient client, Guid id, string action, object? body = null)
    {
        var response = await client.ActAsync(id, action, body);
        var json = await response.Json();
        Assert.True(response.IsSuccessStatusCode, $"{action} → {(int)response.StatusCode}: {json}");
        Assert.Equal(DetailParts, json.EnumerateObject().Select(p => p.Name).ToArray());
        return json.GetProperty("petition");
    }

    /// <summary>What <c>GET /api/petitions/{id}</c> and every action answer.</summary>
    public static readonly string[] DetailParts = ["petition", "petitioners", "timeline", "hearings"];

    public static async Task<JsonElement> DetailAsync(this HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"{Petitions}/{id}");

    public static string State(this JsonElement petition) => petition.GetProperty("state").GetString()!;

    /// <summary>When the platform's <paramref name="rule"/> falls due for <paramref name="start"/> (national profile).</summary>
    public static async Task<DateTimeOffset> DueAsync(this HttpClient client, string rule, DateTimeOffset start) =>
        (await client.GetAsync($"/api/platform/deadline-rules/{rule}/due?start={Uri.EscapeDataString(start.ToString("O"))}").Ok())
            .GetProperty("due").GetDateTimeOffset();

    public static DateTimeOffset Time(this JsonElement element, string path) =>
        PetitionsHostBase.Prop(element, path).GetDateTimeOffset();
}
