using System.Net;
using System.Text.Json;

namespace Governance.Modules.Mediation.Tests;

/// <summary>补正 before 受理 is a partial update: adding a party does not mean sending the subject and the risk again.</summary>
public sealed class CorrectDetailsTests(MediationHost host) : IClassFixture<MediationHost>
{
    [Fact]
    public async Task Only_the_fields_sent_change_and_a_body_with_nothing_or_a_bad_field_is_400_naming_it()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var (wang, li, zhao) = (await host.PersonAsync(clerk, name: "王大明"), await host.PersonAsync(clerk, name: "李小红"),
            await host.PersonAsync(clerk, name: "赵三"));
        var registered = await clerk.RegisterAsync(Disputes.Body(wang, li).With("risk", "Medium"));

        var corrected = await clerk.StepOkAsync(registered.Id(), "details", new
        {
            parties = new object[]
            {
                new { personId = wang, role = "Applicant" },
                new { personId = li, role = "Respondent" },
                new { personId = zhao, role = "Other" },
            },
        });

        Assert.Equal(["王大明", "李小红", "赵三"], corrected.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("邻里排水纠纷", corrected.GetProperty("subject").GetString());
        Assert.Equal("Medium", corrected.GetProperty("risk").GetString());
        Assert.Equal(2, corrected.GetProperty("headcount").GetInt32());
        var renamed = await clerk.StepOkAsync(registered.Id(), "details", new { subject = "楼上排水渗漏纠纷" });
        Assert.Equal(3, renamed.GetProperty("parties").GetArrayLength());
        Assert.Equal("楼上排水渗漏纠纷", renamed.GetProperty("subject").GetString());

        var nothing = await clerk.StepAsync(registered.Id(), "details", new { });
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.True((await nothing.Json()).GetProperty("errors").TryGetProperty("body", out _));
        var badHeadcount = await clerk.StepAsync(registered.Id(), "details", new { headcount = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, badHeadcount.StatusCode);
        Assert.True((await badHeadcount.Json()).GetProperty("errors").TryGetProperty("headcount", out _));
        var blankSubject = await clerk.StepAsync(registered.Id(), "details", new { subject = "" });
        Assert.Equal(HttpStatusCode.BadRequest, blankSubject.StatusCode);
        Assert.Equal("楼上排水渗漏纠纷", (await clerk.GetAsync(registered.Id())).GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Array, renamed.GetProperty("allowedActions").ValueKind);
    }
}
