using System.Net;
using System.Net.Http.Json;
using Governance.SharedKernel.Time;

namespace Governance.Modules.Petitions.Tests;

/// <summary>The 浙江 deadline profile across the National Day holiday and its make-up workday, on a fake clock.</summary>
public sealed class ZhejiangDeadlineTests(ZhejiangPetitionsHost host) : IClassFixture<ZhejiangPetitionsHost>
{
    private readonly HttpClient _desk = host.ClientFor(PetitionsHostBase.Beishan);

    [Fact]
    public async Task Working_day_limits_skip_the_holiday_and_count_the_make_up_workday()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        var registered = petition.Body.GetProperty("petition");

        // 5 working days after Wed 09-30: Thu 10-08, Fri 10-09, Sat 10-10 (make-up workday), Mon 10-12, Tue 10-13 → 24:00 of 10-13.
        var fifthWorkingDay = ChinaTime.EndOf(new DateOnly(2026, 10, 13));
        Assert.Equal(fifthWorkingDay, registered.Time("deadlines.registration"));
        Assert.Equal(fifthWorkingDay, registered.Time("deadlines.notice"));

        var transferred = await _desk.DoAsync(petition.Id, "transfer", new { department = "zjj" });
        Assert.Equal(fifthWorkingDay, transferred.Time("deadlines.objection"));
        Assert.Equal(fifthWorkingDay, transferred.Time("deadlines.acceptance"));

        var accepted = await _desk.DoAsync(petition.Id, "accept");
        // 30 calendar days (浙江省信访条例 第二十三条) from 09-30: 24:00 of Fri 10-30.
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 10, 30)), accepted.Time("deadlines.handling"));

        var tooLong = await _desk.ActAsync(petition.Id, "extension", new { days = 61, reason = "涉及多个部门" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("延长后的期限不能晚于", (await tooLong.Json()).GetProperty("detail").GetString());
        await _desk.DoAsync(petition.Id, "extension", new { days = 60, reason = "涉及多个部门" });
        var refused = await host.ClientFor(PetitionsHostBase.Beishan).DoAsync(petition.Id, "extension/refuse", new { note = "可在期限内办结" });
        Assert.Equal("不同意", refused.GetProperty("extension").GetProperty("stateName").GetString());
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 10, 30)), refused.Time("deadlines.current"));
    }

    [Fact]
    public async Task The_public_lookup_is_rate_limited()
    {
        var anonymous = host.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await anonymous.PostAsJsonAsync($"{PetitionApi.Petitions}/public/progress",
                new { trackingNumber = "XF33010620261001000001", queryCode = "ABCDEFGH" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Extension_state_labels_follow_their_codes()
    {
        var tables = await _desk.GetFromJsonAsync<System.Text.Json.JsonElement>($"{PetitionApi.Petitions}/code-tables");
        var labels = tables.GetProperty("extensionStates").EnumerateArray()
            .ToDictionary(e => e.GetProperty("code").GetString()!, e => e.GetProperty("label").GetString()!);
        Assert.Equal(new Dictionary<string, string> { ["None"] = "未申请", ["Pending"] = "审核中", ["Approved"] = "同意", ["Refused"] = "不同意" }, labels);
    }
}
