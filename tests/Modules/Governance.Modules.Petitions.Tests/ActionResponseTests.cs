using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Petitions.Tests;

/// <summary>A step answers what <c>GET /api/petitions/{id}</c> answers, so a screen refreshes from either the same way.</summary>
[Collection(PetitionsCollection.Name)]
public sealed class ActionResponseTests(PetitionsHost host)
{
    [Fact]
    public async Task An_action_answers_the_detail_with_its_etag_as_GET_does()
    {
        var desk = host.ClientFor(PetitionsHostBase.Beishan);
        var petition = await desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync("答复人")));

        var accepted = await desk.ActAsync(petition.Id, "accept", new { note = "当场受理" });
        var read = await desk.GetAsync($"{PetitionApi.Petitions}/{petition.Id}");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(read.Headers.ETag, accepted.Headers.ETag);
        Assert.Equal(await read.Content.ReadAsStringAsync(), await accepted.Content.ReadAsStringAsync());
        var timeline = await desk.GetFromJsonAsync<List<JsonElement>>($"{PetitionApi.Petitions}/{petition.Id}/timeline");
        Assert.Equal(["Register", "Accept"], timeline!.Select(s => s.GetProperty("action").GetString()));
    }
}
