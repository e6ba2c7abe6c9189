using System.Net;

namespace Governance.Modules.Petitions.Tests;

/// <summary>补正 before 受理 is a partial update: what is sent changes and is validated, the rest stays as registered.</summary>
[Collection(PetitionsCollection.Name)]
public sealed class CorrectDetailsTests(PetitionsHost host)
{
    private readonly HttpClient _desk = host.ClientFor(PetitionsHostBase.Beishan);

    [Fact]
    public async Task Adding_a_petitioner_sends_the_petitioners_alone_and_keeps_the_rest()
    {
        var (first, second) = (await host.PersonAsync("甲信访"), await host.PersonAsync("乙信访"));
        var petition = await _desk.RegisterAsync(PetitionApi.Body(first, subject: "补正前的标题"));

        var corrected = await _desk.DoAsync(petition.Id, "details", new { petitionerPersonIds = new[] { first, second } });

        Assert.Equal([first, second], corrected.GetProperty("petitionerPersonIds").EnumerateArray().Select(p => p.GetGuid()));
        Assert.Equal("补正前的标题", corrected.GetProperty("subject").GetString());
        Assert.Equal("UrbanRuralConstruction", corrected.GetProperty("domain").GetString());
        Assert.Equal("请求协调加装电梯费用分摊问题", corrected.GetProperty("content").GetString());
        var renamed = await _desk.DoAsync(petition.Id, "details", new { subject = "加装电梯费用分摊" });
        Assert.Equal("加装电梯费用分摊", renamed.GetProperty("subject").GetString());
        Assert.Equal(2, renamed.GetProperty("petitionerPersonIds").GetArrayLength());
        var detail = await _desk.DetailAsync(petition.Id);
        Assert.Equal(2, detail.GetProperty("petitioners").GetArrayLength());
        Assert.Equal(["补正：信访人", "补正：标题"], detail.GetProperty("timeline").EnumerateArray()
            .Where(s => s.GetProperty("action").GetString() == "CorrectDetails").Select(s => s.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task What_is_sent_is_validated_naming_the_field_and_accepted_petitions_are_not_corrected()
    {
        var person = await host.PersonAsync();
        var petition = await _desk.RegisterAsync(PetitionApi.Body(person));

        await Invalid(petition.Id, new { subject = "" }, "subject", "标题");
        await Invalid(petition.Id, new { content = new string('长', 8001) }, "content", "8000");
        await Invalid(petition.Id, new { petitionerPersonIds = new[] { Guid.NewGuid() } }, "petitionerPersonIds", "基础信息中没有");
        await Invalid(petition.Id, new { }, "body", "至少");

        await _desk.DoAsync(petition.Id, "accept", new { });
        var late = await _desk.ActAsync(petition.Id, "details", new { subject = "受理后再改" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("受理前方可补正", (await late.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_petitioners_sent_must_keep_the_registered_representatives()
    {
        var (representative, other) = (await host.PersonAsync("代表人"), await host.PersonAsync("同行人"));
        var petition = await _desk.RegisterAsync(PetitionApi.Body(representative)
            .With("petitionerPersonIds", new[] { representative, other }).With("representativeIds", new[] { representative }));

        var dropped = await _desk.ActAsync(petition.Id, "details", new { petitionerPersonIds = new[] { other } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, dropped.StatusCode);
        Assert.Equal("petitionerPersonIds", (await dropped.Json()).GetProperty("field").GetString());
        Assert.Equal(2, (await _desk.DetailAsync(petition.Id)).GetProperty("petition").GetProperty("petitionerPersonIds").GetArrayLength());
    }

    private async Task Invalid(Guid id, object body, string field, string expected)
    {
        var response = await _desk.ActAsync(id, "details", body);
        var problem = await response.Json();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {(int)response.StatusCode} {problem}");
        Assert.Contains(expected, problem.FieldErrors(field)[0]);
    }
}
