using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;

namespace Governance.Modules.Mediation.Tests;

/// <summary>Bad input, jurisdiction, permissions and department switches, idempotent creation, ETags, lists and exports.</summary>
public sealed class ApiContractTests(MediationHost host) : IClassFixture<MediationHost>
{
    private const string CountDisputes = "SELECT count(*) FROM mediation.disputes";

    public static TheoryData<string, object?, string, string> BadFields => new()
    {
        { "subject", "", "subject", "标题" },
        { "subject", new string('纠', 201), "subject", "200" },
        { "headcount", 0, "headcount", "涉及人数" },
        { "amount", -1, "amount", "涉及金额" },
        { "regionCode", "33010", "regionCode", "区划" },
        { "source", "PetitionReferral", "source", "信访模块" },
        { "parties", Array.Empty<object>(), "parties", "两方" },
        { "type", null, "type", "纠纷类型" },
        { "parties", null, "parties", "请填写当事人" },
        { "parties", new object?[] { null, null }, "parties", "不能为空" },
        { "risk", null, "risk", "激化风险" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_fields_are_400_naming_the_field_and_write_nothing(string field, object? value, string errorField, string expected)
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var body = Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk)).With(field, value);
        var before = await host.Count(CountDisputes);

        var response = await clerk.PostAsJsonAsync("/api/mediation/disputes", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, string.Join(" ", (await response.Json()).FieldErrors(errorField)));
        Assert.Equal(before, await host.Count(CountDisputes));
    }

    [Fact]
    public async Task Malformed_requests_and_unknown_parties_are_4xx_problems_and_write_nothing()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var (a, b) = (await host.PersonAsync(clerk), await host.PersonAsync(clerk));
        var before = await host.Count(CountDisputes);

        var badEnum = await clerk.PostAsJsonAsync("/api/mediation/disputes", Disputes.Body(a, b).With("type", "Gossip"));
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
        var badJson = await clerk.PostAsync("/api/mediation/disputes", new StringContent("{\"subject\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal("application/problem+json", badJson.Content.Headers.ContentType!.MediaType);
        var badGuid = await clerk.PostAsJsonAsync("/api/mediation/disputes", Disputes.Body(a, b).With("parties", new object[] { new { personId = "not-a-guid" }, new { personId = b } }));
        Assert.Equal(HttpStatusCode.BadRequest, badGuid.StatusCode);
        var unknown = await clerk.PostAsJsonAsync("/api/mediation/disputes", Disputes.Body(a, Guid.NewGuid()));
        Assert.Contains("实有人口", (await unknown.Json()).FieldErrors("parties")[0]);
        var both = await clerk.PostAsJsonAsync("/api/mediation/disputes", Disputes.Body(a, b).With("parties",
            new object[] { new { personId = a, organisationId = b, role = "Applicant" }, new { personId = b, role = "Respondent" } }));
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        var duplicate = await clerk.PostAsJsonAsync("/api/mediation/disputes", Disputes.Body(a, a));
        Assert.Contains("重复", (await duplicate.Json()).FieldErrors("parties")[0]);
        var province = await host.Clerk("33").PostAsJsonAsync("/api/mediation/disputes", Disputes.Body(a, b, "33"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, province.StatusCode);
        Assert.Contains("三级办理", (await province.Json()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/api/mediation/disputes/not-a-guid")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/mediation/disputes/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/api/mediation/disputes?state=Nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/api/mediation/disputes?sort=colour")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/api/mediation/disputes?pageSize=1000")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostAsJsonAsync("/api/mediation/sweeps", new { regionCodes = (string[]?)null })).StatusCode);
        var registered = await clerk.RegisterAsync(Disputes.Body(a, b));
        var noMediators = await clerk.StepAsync(registered.Id(), "accept", new { mediationType = "People", committee = "调委会", mediators = (string[]?)null });
        Assert.Contains("调解员", (await noMediators.Json()).FieldErrors("mediators")[0]);
        var badConsent = await clerk.StepAsync(registered.Id(), "consent", new { partyId = registered.PartyId(0), consent = "Maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, badConsent.StatusCode);
        var overlong = await clerk.StepAsync(registered.Id(), "decline", new { reason = new string('理', 1001), suggestedChannel = "诉讼" });
        Assert.Contains("1000", (await overlong.Json()).FieldErrors("reason")[0]);
        Assert.Equal(["Register"], await clerk.TimelineActions(registered.Id()));
        before++;

        Assert.Equal(before, await host.Count(CountDisputes));
    }

    [Fact]
    public async Task Another_township_sees_nothing_and_callers_without_the_permission_or_the_module_are_refused()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var dispute = await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk)).With("subject", "北山独有纠纷"));
        var neighbour = host.Clerk(MediationHost.Xixi);

        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/mediation/disputes/{dispute.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/mediation/disputes/{dispute.Id()}/timeline")).StatusCode);
        Assert.Equal(0, (await neighbour.GetFromJsonAsync<JsonElement>("/api/mediation/disputes?text=北山独有")).GetProperty("total").GetInt32());
        var step = new HttpRequestMessage(HttpMethod.Post, $"/api/mediation/disputes/{dispute.Id()}/decline")
        {
            Content = JsonContent.Create(new { reason = "越权", suggestedChannel = "诉讼" }),
        }.WithIfMatch($"\"{dispute.GetProperty("version").GetUInt32()}\"");
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.SendAsync(step)).StatusCode);
        var outside = await neighbour.PostAsJsonAsync("/api/mediation/disputes", Disputes.Body(Guid.NewGuid(), Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        var (x, y) = (await host.PersonAsync(neighbour, MediationHost.XixiVillage), await host.PersonAsync(neighbour, MediationHost.XixiVillage));
        Assert.Equal(HttpStatusCode.Forbidden, (await neighbour.PostAsJsonAsync("/api/mediation/disputes", Disputes.Body(x, y))).StatusCode);

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
        MultipartFormDataContent Photo() => new() { { new ByteArrayContent(png), "file", "调解现场.png" } };
        var attachments = $"/api/attachments/Mediation/dispute/{dispute.Id()}";
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsync(attachments, Photo())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsync(attachments, Photo())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync(attachments)).StatusCode);
        Assert.Single((await clerk.GetFromJsonAsync<JsonElement>(attachments)).EnumerateArray());

        var reader = host.ClientWith(MediationHost.Shangbao, null, "mediation.read");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/mediation/disputes/{dispute.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/mediation/disputes", Disputes.Body(x, y))).StatusCode);
        var otherDepartment = host.ClientWith(MediationHost.Shangbao, "no-mediation", MediationHost.MediationPermissions);
        var refused = await otherDepartment.GetAsync("/api/mediation/disputes");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Mediation", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_replayed_registration_creates_nothing_new_and_stale_or_missing_etags_are_refused()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var body = Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk));
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Post() => new(HttpMethod.Post, "/api/mediation/disputes") { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", key } } };
        var first = await clerk.SendAsync(Post());
        var before = await host.Count(CountDisputes);
        var replay = await clerk.SendAsync(Post());
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        var id = (await first.Json()).Id();
        Assert.Equal(id, (await replay.Json()).Id());
        Assert.Equal(before, await host.Count(CountDisputes));

        var read = await clerk.GetAsync($"/api/mediation/disputes/{id}");
        var etag = read.Headers.ETag!.Tag;
        var party = (await read.Json()).PartyId(0);
        HttpRequestMessage Consent(string? tag) => new HttpRequestMessage(HttpMethod.Post, $"/api/mediation/disputes/{id}/consent")
        {
            Content = JsonContent.Create(new { partyId = party, consent = "Agreed" }),
        }.WithIfMatch(tag);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.SendAsync(Consent(null))).StatusCode);
        var changed = await clerk.SendAsync(Consent(etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.Tag);
        var stale = await clerk.SendAsync(Consent(etag));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(changed.Headers.ETag.Tag, (await stale.Json()).GetProperty("currentETag").GetString());
    }

    [Fact]
    public async Task The_list_filters_sorts_and_pages_on_the_server_and_exports_to_csv_and_excel()
    {
        var clerk = host.Clerk(MediationHost.Beishan2);
        var (a, b) = (await host.PersonAsync(clerk, MediationHost.Beishan2), await host.PersonAsync(clerk, MediationHost.Beishan2));
        foreach (var (type, headcount) in new[] { ("Labour", 3), ("Medical", 1), ("Labour", 2) })
        {
            await clerk.RegisterAsync(Disputes.Body(a, b, MediationHost.Beishan2).With("type", type).With("headcount", headcount).With("subject", $"列表测试 {type} {headcount}"));
        }

        var labour = await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes?regionCode={MediationHost.Beishan2}&type=Labour&sort=-headcount");
        Assert.Equal(2, labour.GetProperty("total").GetInt32());
        Assert.Equal([3, 2], labour.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("headcount").GetInt32()));
        Assert.Equal("劳资纠纷", labour.GetProperty("items")[0].GetProperty("typeName").GetString());
        var page = await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes?regionCode={MediationHost.Beishan2}&pageSize=1&page=2&sort=headcount");
        Assert.Equal((3, 1), (page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength()));
        Assert.Equal(2, page.GetProperty("items")[0].GetProperty("headcount").GetInt32());
        var text = await clerk.GetFromJsonAsync<JsonElement>("/api/mediation/disputes?text=Medical&state=Registered&level=Village");
        Assert.Equal(1, text.GetProperty("total").GetInt32());
        var today = await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes?regionCode={MediationHost.Beishan2}&from=2026-09-01&to=2026-09-01&overdue=false");
        Assert.Equal(3, today.GetProperty("total").GetInt32());
        Assert.Equal(0, (await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes?regionCode={MediationHost.Beishan2}&from=2026-09-02")).GetProperty("total").GetInt32());

        var csv = await clerk.GetAsync($"/api/mediation/disputes/export?format=Csv&regionCode={MediationHost.Beishan2}&type=Labour");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.StartsWith("案件编号,登记时间,来源,纠纷类型", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.Contains("劳资纠纷", lines[1]);
        var xlsx = await clerk.GetAsync($"/api/mediation/disputes/export?format=Xlsx&regionCode={MediationHost.Beishan2}");
        var rows = (await MiniExcel.QueryAsync(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("群众申请", r["来源"]));
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/api/mediation/disputes/export?format=Pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/api/mediation/disputes/export?sort=colour")).StatusCode);
    }
}
