using System.Net.Http.Json;
using System.Text.Json;
using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Petitions.Contracts;
using Governance.SharedKernel.Messaging;

namespace Governance.IntegrationTests;

/// <summary>
/// 《信访工作条例》第三十三条: a petition suitable for people's mediation is referred to the Mediation module; the dispute it
/// becomes is mediated and settled there; the settlement comes back to the petition, which the agreement answers (the
/// clerk delivers it). Both directions go through the modules' outboxes and the host's relay — no module calls the other.
/// </summary>
public sealed class PetitionMediationRoundTripTests(CountyHost county) : IClassFixture<CountyHost>
{
    [Fact]
    public async Task A_petition_referred_to_mediation_is_closed_from_the_settlement_reported_back()
    {
        var (petitioner, neighbour) = (await county.PersonAsync("赵信访"), await county.PersonAsync("钱邻居"));
        var petitions = county.PetitionClerk();
        var registered = await petitions.PostAsJsonAsync("/api/petitions", new
        {
            channel = "Visit", category = "Claim", domain = "UrbanRuralConstruction", subject = "楼上排水管渗漏",
            content = "楼上住户排水管渗漏至我家，多次协商未果，请求处理", regionCode = CountyHost.Shangbao,
            petitionerPersonIds = new[] { petitioner }, headcount = 1,
        }).Ok();
        var petitionId = registered.GetProperty("petition").GetProperty("id").GetGuid();
        await Step(petitions, $"/api/petitions/{petitionId}", "accept", new { note = "属地受理" });
        await Step(petitions, $"/api/petitions/{petitionId}", "refer/mediation", new { note = "邻里纠纷，适宜人民调解" });

        var linked = await Eventually.Get(() => Petition(petitions, petitionId),
            p => p.GetProperty("referrals").GetProperty("disputeId").ValueKind == JsonValueKind.String,
            what: "the petition to learn the dispute Mediation opened from it");
        var disputeId = linked.GetProperty("referrals").GetProperty("disputeId").GetGuid();

        var mediation = county.MediationClerk();
        var dispute = await mediation.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes/{disputeId}");
        Assert.Equal("PetitionReferral", dispute.GetProperty("source").GetString());
        Assert.Equal(petitioner, Assert.Single(dispute.GetProperty("parties").EnumerateArray()).GetProperty("personId").GetGuid());

        // The referral named only the petitioner: the committee completes the parties, gets both to consent and mediates.
        var completed = await Step(mediation, $"/api/mediation/disputes/{disputeId}", "details", new Dictionary<string, object?>
        {
            ["source"] = "PetitionReferral", ["type"] = "CivilFamilyNeighbour", ["matter"] = "Neighbours",
            ["subject"] = "邻里排水纠纷", ["description"] = "楼上住户排水管渗漏至楼下", ["occurredOn"] = "2026-08-30",
            ["location"] = "保俶路 12 号", ["regionCode"] = CountyHost.Shangbao, ["headcount"] = 2, ["risk"] = "Low",
            ["parties"] = new object[] { new { personId = petitioner, role = "Applicant" }, new { personId = neighbour, role = "Respondent" } },
        });
        foreach (var party in completed.GetProperty("parties").EnumerateArray())
        {
            await Step(mediation, $"/api/mediation/disputes/{disputeId}", "consent", new { partyId = party.GetProperty("id").GetGuid(), consent = "Agreed" });
        }

        await Step(mediation, $"/api/mediation/disputes/{disputeId}", "accept",
            new { mediationType = "People", committee = "上保社区人民调解委员会", mediators = new[] { "李调解" } });
        await Step(mediation, $"/api/mediation/disputes/{disputeId}", "agreement",
            new { form = "Oral", facts = "排水管老化渗漏", terms = "钱邻居三日内修复排水管并赔偿 500 元" });

        var settled = await Eventually.Get(() => Petition(petitions, petitionId),
            p => p.GetProperty("referrals").GetProperty("mediationOutcome").ValueKind == JsonValueKind.String,
            what: "the settlement to reach the petition");
        Assert.Equal("Settled", settled.GetProperty("referrals").GetProperty("mediationOutcome").GetString());
        Assert.Equal("钱邻居三日内修复排水管并赔偿 500 元", settled.GetProperty("referrals").GetProperty("agreementSummary").GetString());

        // The agreement answered the petition (调解模块 on its timeline); 送达 is the clerk's.
        Assert.Equal("Answered", settled.GetProperty("state").GetString());
        Assert.True(settled.GetProperty("answer").GetProperty("fromMediation").GetBoolean());
        Assert.Contains("钱邻居三日内修复排水管", settled.GetProperty("answer").GetProperty("basis").GetString());
        Assert.Equal(settled.GetProperty("referrals").GetProperty("mediationConcludedAt").GetDateTimeOffset(),
            settled.GetProperty("answer").GetProperty("answeredAt").GetDateTimeOffset());
        var delivered = await Step(petitions, $"/api/petitions/{petitionId}", "deliver", new { note = "当面送达" });
        Assert.Equal("Delivered", delivered.GetProperty("state").GetString());

        // The events on the wire are the contracts' types, and each side heard of the other exactly once.
        var referral = Assert.Single(await Events<PetitionReferredToMediation>("petitions", "petitions.petition-referred-to-mediation.v1"));
        Assert.Equal(petitionId, referral.PetitionId);
        Assert.Equal([petitioner], referral.PersonIds);
        var concluded = Assert.Single(await Events<DisputeConcluded>("mediation", "mediation.dispute-concluded.v1"));
        Assert.Equal((MediationOutcome.Settled, "Petitions", petitionId.ToString()), (concluded.Outcome, concluded.SourceModule, concluded.SourceRecordId));
        Assert.Equal(1L, await Sql.Scalar<long>(county.Database,
            "SELECT count(*) FROM mediation.disputes WHERE source_module = 'Petitions' AND source_record_id = $1", petitionId.ToString()));
        Assert.Equal(1L, await Sql.Scalar<long>(county.Database,
            "SELECT count(*) FROM petitions.inbox_messages i JOIN mediation.outbox_messages o ON o.id = i.message_id " +
            "WHERE o.type = 'mediation.dispute-concluded.v1' AND o.payload->>'sourceRecordId' = $1", petitionId.ToString()));
    }

    private async Task<List<T>> Events<T>(string schema, string name) =>
        (await Sql.Column(county.Database, $"SELECT payload::text FROM {schema}.outbox_messages WHERE type = $1", name))
        .Select(payload => JsonSerializer.Deserialize<T>(payload, OutboxMessage.PayloadJson)!).ToList();

    private static async Task<JsonElement> Petition(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/petitions/{id}")).GetProperty("petition");

    /// <summary>POSTs a workflow step with the record's current ETag and returns the changed record.</summary>
    private static async Task<JsonElement> Step(HttpClient client, string record, string step, object body)
    {
        var changed = await client.PostStepAsync(record, step, body).Ok();
        return changed.TryGetProperty("petition", out var petition) ? petition : changed;
    }
}
