using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Governance.Modules.Petitions.Tests;

/// <summary>Registration input, jurisdiction, permissions, idempotency and optimistic concurrency.</summary>
[Collection(PetitionsCollection.Name)]
public sealed class RegistrationTests(PetitionsHost host)
{
    private const string CountSql = "SELECT count(*) FROM petitions.petitions";
    private readonly HttpClient _desk = host.ClientFor(PetitionsHostBase.Beishan);

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { """{"category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"330106002051"}""", "channel", "信访渠道" },
        { """{"channel":"Pigeon","category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"330106002051"}""", "", "" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"","content":"c","regionCode":"330106002051"}""", "subject", "标题" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"33010600205X"}""", "regionCode", "" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"330106002999"}""", "regionCode", "不在区划代码表" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"330106002051","headcount":0}""", "headcount", "人数" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"330106002051","headcount":30}""", "representativeIds", "第二十条" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"330106002051","petitionerPersonIds":["7d0c4b1e-0000-4000-8000-000000000001"]}""", "petitionerPersonIds", "基础信息中没有" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"330106002051","receivedAt":"2099-01-01T00:00:00Z"}""", "receivedAt", "收件时间" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"330106002051","petitionerPersonIds":["not-a-guid"]}""", "", "" },
        { """{"channel":"Visit",""", "", "" },
        { $$"""{"channel":"Visit","category":"Claim","domain":"Other","subject":"{{new string('长', 201)}}","content":"c","regionCode":"330106002051"}""", "subject", "200" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"s\u0007","content":"c","regionCode":"330106002051"}""", "subject", "控制字符" },
        { """{"channel":"Visit","category":"Claim","domain":"Other","subject":"s","content":"c","regionCode":"330106002051","headcount":99999999999}""", "", "" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_a_400_naming_the_field_and_writes_nothing(string body, string field, string expected)
    {
        var before = await host.Count(CountSql);
        var response = await _desk.PostAsync(PetitionApi.Petitions, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field.Length > 0)
        {
            Assert.Contains(expected, (await response.Json()).FieldErrors(field)[0]);
        }

        Assert.Equal(before, await host.Count(CountSql));
    }

    [Fact]
    public async Task Six_representatives_are_refused_citing_the_law_and_five_are_a_collective_visit()
    {
        var people = new List<Guid>();
        foreach (var name in new[] { "代表甲", "代表乙", "代表丙", "代表丁", "代表戊", "代表己" })
        {
            people.Add(await host.PersonAsync(name));
        }

        var before = await host.Count(CountSql);
        var six = await _desk.PostAsJsonAsync(PetitionApi.Petitions,
            PetitionApi.Body().With("petitionerPersonIds", people).With("representativeIds", people).With("headcount", 40));
        Assert.Equal(HttpStatusCode.BadRequest, six.StatusCode);
        Assert.Contains("不得超过 5 人（《信访工作条例》第二十条）", (await six.Json()).FieldErrors("representativeIds")[0]);
        Assert.Equal(before, await host.Count(CountSql));

        var five = await _desk.RegisterAsync(
            PetitionApi.Body().With("petitionerPersonIds", people).With("representativeIds", people.Take(5)).With("headcount", 40));
        var petition = five.Body.GetProperty("petition");
        Assert.True(petition.GetProperty("isCollective").GetBoolean());
        Assert.Equal(5, petition.GetProperty("representativeIds").GetArrayLength());
        Assert.Equal(40, petition.GetProperty("headcount").GetInt32());
    }

    [Fact]
    public async Task Letters_and_scans_attach_to_a_petition_within_jurisdiction()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()).With("channel", "Letter"));
        var url = $"/api/attachments/Petitions/petition/{petition.Id}";
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 信访信件扫描件"u8.ToArray()), "file", "来信.pdf" } };

        var uploaded = await _desk.PostAsync(url, form);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var listed = await _desk.GetFromJsonAsync<System.Text.Json.JsonElement>(url);
        Assert.Contains("来信.pdf", listed.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.ClientFor(PetitionsHostBase.Xixi).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_letters_are_marked_as_impossible_to_notify()
    {
        var letter = await _desk.RegisterAsync(PetitionApi.Body().With("channel", "Letter").With("category", "Accusation"));
        Assert.True(letter.Body.GetProperty("petition").GetProperty("cannotNotify").GetBoolean());
        await _desk.DoAsync(letter.Id, "accept");
        var notify = await _desk.ActAsync(letter.Id, "notify");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notify.StatusCode);
        Assert.Contains("无法书面告知", (await notify.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Another_township_sees_nothing_and_cannot_register_there()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        var xixi = host.ClientFor(PetitionsHostBase.Xixi);

        Assert.Equal(HttpStatusCode.NotFound, (await xixi.GetAsync($"{PetitionApi.Petitions}/{petition.Id}")).StatusCode);
        var act = new HttpRequestMessage(HttpMethod.Post, $"{PetitionApi.Petitions}/{petition.Id}/accept") { Content = JsonContent.Create(new { }) }
            .WithIfMatch("\"1\"");
        Assert.Equal(HttpStatusCode.NotFound, (await xixi.SendAsync(act)).StatusCode);
        var list = await xixi.GetFromJsonAsync<System.Text.Json.JsonElement>($"{PetitionApi.Petitions}?q={petition.TrackingNumber}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());

        var before = await host.Count(CountSql);
        var there = await xixi.PostAsJsonAsync(PetitionApi.Petitions, PetitionApi.Body(region: PetitionsHostBase.Shangbao));
        Assert.Equal(HttpStatusCode.Forbidden, there.StatusCode);
        Assert.Equal(before, await host.Count(CountSql));
    }

    [Fact]
    public async Task Permissions_and_the_department_switch_are_enforced()
    {
        var reader = host.ClientWith(PetitionsHostBase.Beishan, "petitions.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync(PetitionApi.Petitions, PetitionApi.Body())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(PetitionApi.Petitions)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"{PetitionApi.Petitions}/statistics")).StatusCode);

        var otherDepartment = host.Application.ClientAs(TestUsers.User(PetitionsHostBase.Beishan, "mzj", PetitionsHostBase.AllPermissions));
        var response = await otherDepartment.GetAsync(PetitionApi.Petitions);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("信访", (await response.Json()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync(PetitionApi.Petitions)).StatusCode);
    }

    [Fact]
    public async Task An_idempotency_key_replay_creates_nothing_new()
    {
        var body = PetitionApi.Body(await host.PersonAsync(), subject: "网格员手机重发");
        var before = await host.Count(CountSql);
        HttpRequestMessage Request() => new(HttpMethod.Post, PetitionApi.Petitions)
        {
            Content = JsonContent.Create(body),
            Headers = { { "Idempotency-Key", "petition-resend-1" } },
        };

        var first = await _desk.SendAsync(Request());
        var second = await _desk.SendAsync(Request());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(
            (await first.Json()).GetProperty("petition").GetProperty("id").GetGuid(),
            (await second.Json()).GetProperty("petition").GetProperty("id").GetGuid());
        Assert.Equal(before + 1, await host.Count(CountSql));
    }

    [Fact]
    public async Task Actions_need_the_current_etag()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        var url = $"{PetitionApi.Petitions}/{petition.Id}/supervision";
        var body = new { level = "Yellow", note = "请加快办理" };

        var missing = await _desk.PostAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotEmpty((await missing.Json()).FieldErrors("ifMatch"));

        var etag = await _desk.ETagAsync(petition.Id);
        await _desk.DoAsync(petition.Id, "accept");
        var stale = await _desk.SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) }.WithIfMatch(etag));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(0, await host.Count("SELECT count(*) FROM petitions.petitions WHERE id = $1 AND supervision_level IS NOT NULL", petition.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await _desk.GetAsync($"{PetitionApi.Petitions}/not-a-guid")).StatusCode);
        var badEnum = await _desk.ActAsync(petition.Id, "supervision", new { level = "Purple", note = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
    }
}
