using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Mediation.Tests;

/// <summary>Villages sweep half-monthly here (configured), a dispute of 3 people is already 群体性, and the automatic 督办 runs.</summary>
public sealed class SweepHost : MediationHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:Mediation:Sweeps:Village"] = "HalfMonthly",
        ["Modules:Mediation:MajorHeadcount"] = "3",
        ["Modules:Mediation:OverdueCheckInterval"] = "00:15:00",
    };
}

/// <summary>Sweeps and 零报告, missed sweeps as overdue work items, deadlines across a make-up workday, and the monthly report.</summary>
public sealed class SweepsAndTimeLimitsTests(SweepHost host) : IClassFixture<SweepHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Sweeps_are_reported_with_their_findings_or_as_zero_reports_missed_ones_go_overdue_and_time_limits_follow_the_calendar()
    {
        host.SetChinaTime(new DateTime(2026, 9, 1, 10, 0, 0));
        var township = host.Clerk(MediationHost.Beishan);
        var codes = new[] { MediationHost.Shangbao, MediationHost.Beishan2, MediationHost.Beishan };
        var opened = await township.PostAsJsonAsync("/api/mediation/sweeps", new { regionCodes = codes }).Ok();
        Assert.Equal(3, opened.GetProperty("opened").GetInt32());
        var again = await township.PostAsJsonAsync("/api/mediation/sweeps", new { regionCodes = codes }).Ok();
        Assert.Equal((0, 3), (again.GetProperty("opened").GetInt32(), again.GetProperty("alreadyOpen").GetInt32()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await township.PostAsJsonAsync("/api/mediation/sweeps", new { regionCodes = new[] { "330106002999" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await township.PostAsJsonAsync("/api/mediation/sweeps", new { regionCodes = new[] { MediationHost.Xixi } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await township.PostAsJsonAsync("/api/mediation/sweeps", new { regionCodes = new[] { "33A" } })).StatusCode);

        var sweeps = (await township.GetFromJsonAsync<JsonElement>("/api/mediation/sweeps?sort=dueAt")).GetProperty("items").EnumerateArray().ToList();
        var village = sweeps.Single(s => s.GetProperty("scopeCode").GetString() == MediationHost.Shangbao);
        var quiet = sweeps.Single(s => s.GetProperty("scopeCode").GetString() == MediationHost.Beishan2);
        var own = sweeps.Single(s => s.GetProperty("scopeCode").GetString() == MediationHost.Beishan);
        Assert.Equal(("HalfMonthly", "2026-09-01", "2026-09-15"), (village.GetProperty("frequency").GetString(),
            village.GetProperty("periodStart").GetString(), village.GetProperty("periodEnd").GetString()));
        Assert.Equal(("Monthly", "2026-09-30"), (own.GetProperty("frequency").GetString(), own.GetProperty("periodEnd").GetString()));
        Assert.Equal(new DateTimeOffset(2026, 9, 16, 0, 0, 0, China), quiet.GetProperty("dueAt").GetDateTimeOffset());

        var clerk = host.Clerk(MediationHost.Shangbao);
        var found = await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk))
            .With("source", "Sweep").With("sweepId", village.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Report(clerk, village, zeroReport: true)).StatusCode);
        var reported = await Report(clerk, village, zeroReport: false).Ok();
        Assert.Equal(("Reported", 1, false, false), (reported.GetProperty("state").GetString(), reported.GetProperty("foundCount").GetInt32(),
            reported.GetProperty("zeroReport").GetBoolean(), reported.GetProperty("late").GetBoolean()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Report(township, own, zeroReport: false)).StatusCode);
        Assert.True((await Report(township, own, zeroReport: true).Ok()).GetProperty("zeroReport").GetBoolean());

        // Accepted on 10 September: 30 days end on Saturday 10 October, a make-up workday, so the limit stays there.
        host.SetChinaTime(new DateTime(2026, 9, 10, 10, 0, 0));
        clerk = host.Clerk(MediationHost.Shangbao);
        var accepted = await clerk.AcceptAsync(found);
        Assert.Equal(new DateTimeOffset(2026, 10, 11, 0, 0, 0, China), accepted.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("Normal", accepted.GetProperty("deadlineState").GetString());
        var agreement = await clerk.EffectiveAgreementAsync(host, "ContractPerformance");

        // The village sweep nobody reported is overdue from 16 September, in the list and in the to-do lists.
        host.SetChinaTime(new DateTime(2026, 9, 16, 10, 0, 0));
        township = host.Clerk(MediationHost.Beishan);
        var overdue = await township.GetFromJsonAsync<JsonElement>("/api/mediation/sweeps?overdue=true");
        Assert.Equal([quiet.GetProperty("id").GetGuid()], overdue.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
        var todo = await Eventually.Get(
            () => township.GetFromJsonAsync<JsonElement>("/api/work-items?view=jurisdiction&state=overdue&module=Mediation"),
            page => page.GetProperty("total").GetInt32() == 1, what: "the overdue sweep in the to-do list");
        Assert.Equal(quiet.GetProperty("id").GetString(), todo.GetProperty("items")[0].GetProperty("recordId").GetString());
        var late = await Report(township, quiet, zeroReport: true).Ok();
        Assert.True(late.GetProperty("late").GetBoolean());

        // 11 October: the dispute is overdue, and the 30-day window for 司法确认 (to 10 October, a make-up workday) has closed.
        host.SetChinaTime(new DateTime(2026, 10, 11, 10, 0, 0));
        clerk = host.Clerk(MediationHost.Shangbao);
        Assert.Equal("Overdue", (await clerk.GetAsync(found.Id())).GetProperty("deadlineState").GetString());
        var supervised = await Eventually.Get(() => clerk.GetAsync(found.Id()), d => d.GetProperty("supervision").GetString() == "Red",
            what: "the automatic red card");
        Assert.Contains("超期未办结", supervised.GetProperty("supervisionNote").GetString());
        var overdueDisputes = await clerk.GetFromJsonAsync<JsonElement>("/api/mediation/disputes?overdue=true");
        Assert.Contains(overdueDisputes.GetProperty("items").EnumerateArray(), d => d.Id() == found.Id());
        var tooLate = await clerk.StepAsync(agreement, "judicial-confirmation", new { court = "西湖区人民法院" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLate.StatusCode);
        var problem = await tooLate.Json();
        Assert.Equal("mediation.judicial-confirmation-request", problem.GetProperty("rule").GetString());
        Assert.Equal(new DateTimeOffset(2026, 10, 11, 0, 0, 0, China), problem.GetProperty("due").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_monthly_report_counts_found_mediated_and_settled_disputes_per_region_level_type_and_headcount()
    {
        var clerk = host.Clerk(MediationHost.Xixi);
        var month = ChinaTimeMonth(host.Clock.GetUtcNow());
        async Task<JsonElement> New(string region, string type, int headcount) =>
            await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk, MediationHost.XixiVillage), await host.PersonAsync(clerk, MediationHost.XixiVillage), region)
                .With("type", type).With("headcount", headcount));

        var settled = await clerk.AcceptAsync(await New(MediationHost.XixiVillage, "Labour", 2));
        await clerk.StepOkAsync(settled.Id(), "agreement", new { form = "Oral", facts = "欠薪", terms = "当场支付" });
        var failed = await clerk.AcceptAsync(await New(MediationHost.XixiVillage, "Labour", 120));
        await clerk.StepOkAsync(failed.Id(), "fail", new { reason = "分歧大", suggestedChannel = "劳动仲裁" });
        await New(MediationHost.Xixi, "Other", 600);
        var refused = await New(MediationHost.XixiVillage, "CivilFamilyNeighbour", 1);
        await clerk.StepOkAsync(refused.Id(), "consent", new { partyId = refused.PartyId(0), consent = "Refused", suggestedChannel = "诉讼" });

        var report = await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/reports/monthly?month={month}&regionCode={MediationHost.Xixi}");
        var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(
            r => (r.GetProperty("regionCode").GetString(), r.GetProperty("level").GetString()), r => r.GetProperty("counts"));
        Assert.Equal(2, rows.Count);
        var villageRow = rows[(MediationHost.XixiVillage, "Village")];
        Assert.Equal((3, 2, 1, 1), Counts(villageRow));
        Assert.Equal((1, 0, 0, 1), Counts(rows[(MediationHost.Xixi, "Township")]));
        var total = report.GetProperty("total");
        Assert.Equal((4, 2, 1, 2), Counts(total));
        Assert.Equal(50.0m, total.GetProperty("mediationRate").GetDecimal());
        Assert.Equal(50.0m, total.GetProperty("successRate").GetDecimal());
        var labour = report.GetProperty("byType").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "Labour");
        Assert.Equal(("劳资纠纷", 2), (labour.GetProperty("typeName").GetString(), labour.GetProperty("found").GetInt32()));
        Assert.Equal(19, report.GetProperty("byType").GetArrayLength());
        Assert.Equal([2, 0, 1, 1], report.GetProperty("byHeadcount").EnumerateArray().Select(b => b.GetProperty("found").GetInt32()));

        var neighbour = await host.Clerk(MediationHost.Beishan).GetAsync($"/api/mediation/reports/monthly?month={month}&regionCode={MediationHost.Xixi}");
        Assert.Equal(HttpStatusCode.Forbidden, neighbour.StatusCode);
        var badMonth = await clerk.GetAsync($"/api/mediation/reports/monthly?month=2026-13");
        Assert.Contains("yyyy-MM", (await badMonth.Json()).FieldErrors("month")[0]);
    }

    private static (int, int, int, int) Counts(JsonElement c) => (c.GetProperty("found").GetInt32(), c.GetProperty("mediated").GetInt32(),
        c.GetProperty("settled").GetInt32(), c.GetProperty("major").GetInt32());

    private static string ChinaTimeMonth(DateTimeOffset now) => now.ToOffset(China).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> Report(HttpClient client, JsonElement sweep, bool zeroReport) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/mediation/sweeps/{sweep.GetProperty("id").GetGuid()}/report")
        {
            Content = JsonContent.Create(new { zeroReport, note = "本期排查情况" }),
        }.WithIfMatch(Fresh(client, sweep)));

    private static string Fresh(HttpClient client, JsonElement sweep) =>
        client.GetAsync($"/api/mediation/sweeps/{sweep.GetProperty("id").GetGuid()}").Result.Headers.ETag!.Tag;
}
