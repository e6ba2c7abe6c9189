using System.Net;
using Governance.SharedKernel.Time;

namespace Governance.Modules.Petitions.Tests;

/// <summary>Paper processed a day late: 受理 and 送达 carry the day they happened, and their statutory clocks run from it.</summary>
[Collection(PetitionsCollection.Name)]
public sealed class ActDateTests(PetitionsHost host)
{
    [Fact]
    public async Task Acceptance_and_delivery_dated_earlier_start_their_clocks_on_that_day_and_impossible_dates_are_422()
    {
        var desk = host.ClientFor(PetitionsHostBase.Beishan);
        var now = host.Clock.GetUtcNow();
        var registered = await desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()).With("receivedAt", now.AddDays(-5)));

        var future = await desk.ActAsync(registered.Id, "accept", new { acceptedAt = now.AddDays(1) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Contains("晚于现在", (await future.Json()).GetProperty("detail").GetString());
        var beforeReceipt = await desk.ActAsync(registered.Id, "accept", new { acceptedAt = now.AddDays(-6) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, beforeReceipt.StatusCode);

        var acceptedAt = now.AddDays(-3);
        var accepted = await desk.DoAsync(registered.Id, "accept", new { acceptedAt });
        Assert.Equal(await desk.DueAsync("petitions.handling", acceptedAt), accepted.Time("deadlines.handling"));

        await desk.DoAsync(registered.Id, "answer", new { outcome = "Explain", basis = "《信访工作条例》第三十二条", opinion = "已解释说明" });
        host.Advance(TimeSpan.FromDays(2));
        desk = host.ClientFor(PetitionsHostBase.Beishan);
        var deliveredAt = now.AddDays(1);
        var delivered = await desk.DoAsync(registered.Id, "deliver", new { deliveredAt });
        Assert.Equal(deliveredAt, delivered.Time("answer.deliveredAt"));
        Assert.Equal(await desk.DueAsync("petitions.review-request", deliveredAt), delivered.Time("review.reviewRequestDue"));
        var timeline = (await desk.DetailAsync(registered.Id)).GetProperty("timeline").EnumerateArray()
            .Single(s => s.GetProperty("action").GetString() == "Accept");
        Assert.Contains(ChinaTime.ToText(acceptedAt)[..10], timeline.GetProperty("note").GetString());
    }
}
