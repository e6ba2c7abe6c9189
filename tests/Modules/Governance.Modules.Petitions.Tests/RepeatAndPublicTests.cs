using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Petitions.Tests;

/// <summary>重复信访 detection and linking, and the petitioner's anonymous progress lookup and rating.</summary>
[Collection(PetitionsCollection.Name)]
public sealed class RepeatAndPublicTests(PetitionsHost host)
{
    private const string Progress = $"{PetitionApi.Petitions}/public/progress";
    private const string Rating = $"{PetitionApi.Petitions}/public/rating";
    private readonly HttpClient _desk = host.ClientFor(PetitionsHostBase.Beishan);

    [Fact]
    public async Task A_repeat_is_offered_at_registration_linked_and_not_accepted_while_the_original_runs()
    {
        var person = await host.PersonAsync("李重复");
        var original = await _desk.RegisterAsync(PetitionApi.Body(person, subject: "拖欠工资问题").With("domain", "LabourSocialSecurity"));
        Assert.Empty(original.Body.GetProperty("duplicateCandidates").EnumerateArray());
        await _desk.DoAsync(original.Id, "assign", new { department = "rsj" });
        await _desk.DoAsync(original.Id, "accept");

        var second = await _desk.RegisterAsync(PetitionApi.Body(person, subject: "再次反映拖欠工资").With("domain", "LabourSocialSecurity"));
        var candidate = Assert.Single(second.Body.GetProperty("duplicateCandidates").EnumerateArray());
        Assert.Equal(original.Id, candidate.GetProperty("id").GetGuid());
        Assert.True(candidate.GetProperty("open").GetBoolean());

        var found = await _desk.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}/duplicates?personId={person}&subject=工资");
        Assert.Contains(found.EnumerateArray(), c => c.GetProperty("id").GetGuid() == original.Id);
        Assert.Equal(HttpStatusCode.BadRequest, (await _desk.GetAsync($"{PetitionApi.Petitions}/duplicates")).StatusCode);

        var linked = await _desk.RegisterAsync(PetitionApi.Body(person, subject: "第三次反映拖欠工资").With("originalPetitionId", original.Id));
        var repeat = linked.Body.GetProperty("petition");
        Assert.True(repeat.GetProperty("isRepeat").GetBoolean());
        Assert.False(repeat.GetProperty("isFirst").GetBoolean());
        Assert.Equal(original.Id, repeat.GetProperty("originalPetitionId").GetGuid());

        var blocked = await _desk.ActAsync(linked.Id, "accept");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        var problem = await blocked.Json();
        Assert.Contains("不再重复受理", problem.GetProperty("detail").GetString());
        Assert.Equal(original.Id, problem.GetProperty("originalPetitionId").GetGuid());

        var other = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync("赵无关")));
        var mismatch = await _desk.PostAsJsonAsync(PetitionApi.Petitions, PetitionApi.Body(person).With("originalPetitionId", other.Id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
    }

    [Fact]
    public async Task The_petitioner_follows_progress_and_rates_once_without_seeing_personal_data()
    {
        var person = await host.PersonAsync("孙查询");
        var petition = await _desk.RegisterAsync(PetitionApi.Body(person));
        var anonymous = host.Anonymous();

        var progress = await anonymous.PostAsJsonAsync(Progress, new { trackingNumber = petition.TrackingNumber, queryCode = petition.QueryCode.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        var body = await progress.Json();
        Assert.Equal("已登记", body.GetProperty("stateName").GetString());
        var text = body.ToString();
        Assert.DoesNotContain("孙查询", text);
        Assert.DoesNotContain(person.ToString(), text);
        Assert.DoesNotContain("content", text, StringComparison.OrdinalIgnoreCase);

        var wrongCode = await anonymous.PostAsJsonAsync(Progress, new { trackingNumber = petition.TrackingNumber, queryCode = "WRONG123" });
        var unknown = await anonymous.PostAsJsonAsync(Progress, new { trackingNumber = "XF33010620260101999999", queryCode = petition.QueryCode });
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((await wrongCode.Json()).GetProperty("detail").GetString(), (await unknown.Json()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync(Progress, new { trackingNumber = petition.TrackingNumber })).StatusCode);

        var key = new { trackingNumber = petition.TrackingNumber, queryCode = petition.QueryCode, satisfaction = "Satisfied" };
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await anonymous.PostAsJsonAsync(Rating, key)).StatusCode);

        await _desk.DoAsync(petition.Id, "accept");
        await _desk.DoAsync(petition.Id, "answer", new { outcome = "Support", basis = "《物业管理条例》第十一条", opinion = "支持加装" });
        var rated = await anonymous.PostAsJsonAsync(Rating, key);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        var after = await rated.Json();
        Assert.Equal("满意", after.GetProperty("satisfaction").GetString());
        Assert.Equal("支持", after.GetProperty("answerOutcome").GetString());
        Assert.False(after.GetProperty("canRate").GetBoolean());

        var twice = await anonymous.PostAsJsonAsync(Rating, key with { satisfaction = "Dissatisfied" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Equal("Satisfied", (await _desk.DetailAsync(petition.Id)).GetProperty("petition").GetProperty("answer").GetProperty("satisfaction").GetString());
        var step = (await _desk.DetailAsync(petition.Id)).GetProperty("timeline").EnumerateArray().Single(s => s.GetProperty("action").GetString() == "Rate");
        Assert.Equal("信访人（网上评价）", step.GetProperty("actorName").GetString());
    }
}
