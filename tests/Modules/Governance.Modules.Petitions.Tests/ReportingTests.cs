using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;

namespace Governance.Modules.Petitions.Tests;

/// <summary>The list (paging, filters, sorting), its CSV/XLSX export and the art.41 statistics, on petitions of 西溪街道 only.</summary>
[Collection(PetitionsCollection.Name)]
public sealed class ReportingTests(PetitionsHost host) : IAsyncLifetime
{
    private readonly HttpClient _xixi = host.ClientFor(PetitionsHostBase.Xixi);
    private string _today = "";

    public async Task InitializeAsync()
    {
        _today = DateOnly.FromDateTime(host.Clock.GetUtcNow().AddHours(8).DateTime).ToString("yyyy-MM-dd");
        if (await host.Count("SELECT count(*) FROM petitions.petitions WHERE scope_code LIKE '330106004%'") > 0)
        {
            return;
        }

        var person = await host.PersonAsync("钱统计", PetitionsHostBase.XixiVillage);
        var answered = await _xixi.RegisterAsync(Body(person, "西溪统计甲", "Visit", "Claim", "LabourSocialSecurity"));
        await _xixi.DoAsync(answered.Id, "accept");
        await _xixi.DoAsync(answered.Id, "answer", new { outcome = "Support", basis = "《劳动合同法》第三十条", opinion = "责令支付" });
        await _xixi.DoAsync(answered.Id, "rate", new { satisfaction = "Satisfied" });

        var rejected = await _xixi.RegisterAsync(Body(person, "西溪统计乙", "Letter", "Suggestion", "Other"));
        await _xixi.DoAsync(rejected.Id, "reject", new { reason = "不属信访事项", channel = "向市场监管部门投诉" });

        var collective = await _xixi.RegisterAsync(Body(person, "西溪统计丙", "Online", "Claim", "LabourSocialSecurity")
            .With("headcount", 10).With("originalPetitionId", answered.Id));
        await _xixi.DoAsync(collective.Id, "assign", new { department = "rsj" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Statistics_are_the_annual_report_figures()
    {
        var stats = await _xixi.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}/statistics?from={_today}&to={_today}&regionCode=330106004");

        Assert.Equal(3, stats.GetProperty("total").GetInt32());
        Assert.Equal(1, Count(stats, "byChannel", "Visit"));
        Assert.Equal(1, Count(stats, "byChannel", "Online"));
        Assert.Equal(2, Count(stats, "byCategory", "Claim"));
        Assert.Equal(2, Count(stats, "byDomain", "LabourSocialSecurity"));
        Assert.Equal(3, Count(stats, "byTownship", "330106004000"));
        Assert.Equal("西溪街道", stats.GetProperty("byTownship")[0].GetProperty("name").GetString());
        Assert.Equal(2, stats.GetProperty("decided").GetInt32());
        Assert.Equal(0.5, stats.GetProperty("acceptanceRate").GetDouble());
        Assert.Equal(1.0, stats.GetProperty("onTimeRate").GetDouble());
        Assert.Equal(1, stats.GetProperty("repeat").GetInt32());
        Assert.Equal(1, stats.GetProperty("collective").GetInt32());
        Assert.Equal(10, stats.GetProperty("collectiveHeadcount").GetInt32());
        Assert.Equal(1, stats.GetProperty("assigned").GetInt32());
        Assert.Equal(1, Count(stats, "satisfaction", "Satisfied"));
        Assert.Equal(1.0, stats.GetProperty("satisfactionRate").GetDouble());
        Assert.Contains(stats.GetProperty("mostPetitionedBodies").EnumerateArray(), b => b.GetProperty("code").GetString() == "rsj");

        var beishan = host.ClientFor(PetitionsHostBase.Beishan);
        var outside = await beishan.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}/statistics?from={_today}&to={_today}&regionCode=330106004");
        Assert.Equal(0, outside.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest,
            (await _xixi.GetAsync($"{PetitionApi.Petitions}/statistics?from=2026-05-01&to=2026-04-01")).StatusCode);
    }

    [Fact]
    public async Task The_list_pages_filters_and_sorts_on_the_server()
    {
        var all = await _xixi.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}?q=西溪统计&pageSize=2&sort=trackingNumber");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        var page = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trackingNumber").GetString()).ToList();
        Assert.Equal(2, page.Count);
        Assert.True(string.CompareOrdinal(page[0], page[1]) < 0);

        var claims = await _xixi.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}?q=西溪统计&category=Claim&state=AwaitingAcceptance");
        Assert.Equal("西溪统计丙", Assert.Single(claims.GetProperty("items").EnumerateArray()).GetProperty("subject").GetString());
        var collective = await _xixi.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}?collective=true&repeat=true&receivedFrom={_today}&receivedTo={_today}");
        Assert.Equal(1, collective.GetProperty("total").GetInt32());

        foreach (var bad in new[] { "sort=colour", "pageSize=500", "page=0", "state=Lost", "regionCode=abc", $"receivedFrom={_today}&receivedTo=2020-01-01" })
        {
            var response = await _xixi.GetAsync($"{PetitionApi.Petitions}?{bad}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{bad}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_list_exports_to_csv_and_xlsx_with_the_same_filters()
    {
        var csv = await _xixi.GetAsync($"{PetitionApi.Petitions}/export?format=Csv&q=西溪统计");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.StartsWith("信访件编号,收件时间,信访渠道,类别,领域,标题", lines[0]);
        Assert.Equal(4, lines.Count);
        Assert.Contains(lines, l => l.Contains("西溪统计乙") && l.Contains("不予受理") && l.Contains("来信"));

        var xlsx = await _xixi.GetAsync($"{PetitionApi.Petitions}/export?format=Xlsx&q=西溪统计&state=NotAccepted");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("西溪统计乙", Assert.Single(rows)["标题"]);

        Assert.Equal(HttpStatusCode.BadRequest, (await _xixi.GetAsync($"{PetitionApi.Petitions}/export?format=Pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await host.ClientWith(PetitionsHostBase.Xixi, "petitions.read").GetAsync($"{PetitionApi.Petitions}/export?format=Csv")).StatusCode);
    }

    private static Dictionary<string, object?> Body(Guid person, string subject, string channel, string category, string domain) =>
        PetitionApi.Body(person, PetitionsHostBase.XixiVillage, subject).With("channel", channel).With("category", category).With("domain", domain);

    private static int Count(JsonElement stats, string breakdown, string code) =>
        stats.GetProperty(breakdown).EnumerateArray().Single(c => c.GetProperty("code").GetString() == code).GetProperty("count").GetInt32();
}
