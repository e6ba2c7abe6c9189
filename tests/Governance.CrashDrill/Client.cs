using System.Net;
using System.Text.Json;

namespace Governance.CrashDrill;

/// <summary>
/// One clerk at work, deterministic for its seed: registers persons, disputes, and petitions that are accepted, referred to
/// mediation and settled there. Creations carry an Idempotency-Key, steps the record's ETag; what the host acknowledged
/// goes into the ledger.
/// </summary>
internal sealed class Client(int index, int seed, Api api, Counters counters, Ledger ledger)
{
    private const string Shangbao = "330106002051";
    private static readonly TimeSpan ReferralPoll = TimeSpan.FromMilliseconds(200);

    private readonly Random _random = new(seed * 1000 + index);
    private int _keys;
    private int _persons;

    /// <summary>Works until <paramref name="stop"/>, then finishes the case in hand.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            switch (_random.Next(10))
            {
                case < 3:
                    await PersonAsync();
                    break;
                case < 5:
                    await DisputeAsync();
                    break;
                default:
                    await ReferredPetitionAsync();
                    break;
            }
        }
    }

    private Task<Guid> PersonAsync() => CreateAsync(RecordKind.Person, "/api/registry/persons", new Dictionary<string, object?>
    {
        ["citizenId"] = CitizenIds.For(index, ++_persons), ["name"] = "演练" + "甲乙丙丁戊己庚辛壬癸"[_random.Next(10)],
        ["ethnicity"] = "汉族", ["currentRegionCode"] = Shangbao, ["currentAddress"] = $"北山街道保俶路 {_random.Next(1, 200)} 号",
        ["populationType"] = "Household",
    });

    private async Task DisputeAsync()
    {
        var (applicant, respondent) = (await PersonAsync(), await PersonAsync());
        await CreateAsync(RecordKind.Dispute, "/api/mediation/disputes", new
        {
            source = "Application", type = "CivilFamilyNeighbour", matter = "Neighbours", subject = $"邻里排水纠纷{_keys}",
            occurredOn = "2026-08-30", regionCode = Shangbao, headcount = 2, risk = "Low",
            parties = new object[] { new { personId = applicant, role = "Applicant" }, new { personId = respondent, role = "Respondent" } },
        });
    }

    // 《信访工作条例》第三十三条: the referral reaches Mediation through the petitions outbox, the settlement comes back
    // through the mediation outbox.
    private async Task ReferredPetitionAsync()
    {
        var (petitioner, neighbour) = (await PersonAsync(), await PersonAsync());
        var petitionId = await CreateAsync(RecordKind.Petition, "/api/petitions", new
        {
            channel = "Visit", category = "Claim", domain = "UrbanRuralConstruction", subject = $"排水管渗漏{_keys}",
            content = "楼上住户排水管渗漏至我家，请求处理", regionCode = Shangbao, petitionerPersonIds = new[] { petitioner }, headcount = 1,
        });
        var petition = $"/api/petitions/{petitionId}";
        await StepAsync(petition, "accept", new { note = "属地受理" }, p => IsSet(p, "acceptedAt"));
        await StepAsync(petition, "refer/mediation", new { note = "邻里纠纷，适宜人民调解" }, p => IsSet(p.GetProperty("referrals"), "mediationReferredAt"));
        var disputeId = await DisputeOfAsync(petition);
        var settled = _random.Next(3) > 0;
        if (settled)
        {
            await SettleAsync($"/api/mediation/disputes/{disputeId}", petitioner, neighbour);
        }

        ledger.Referred(new Referral(petitionId, disputeId, settled));
    }

    private async Task SettleAsync(string dispute, Guid petitioner, Guid neighbour)
    {
        var completed = await StepAsync(dispute, "details", new Dictionary<string, object?>
        {
            ["source"] = "PetitionReferral", ["type"] = "CivilFamilyNeighbour", ["matter"] = "Neighbours", ["subject"] = "邻里排水纠纷",
            ["description"] = "楼上住户排水管渗漏至楼下", ["occurredOn"] = "2026-08-30", ["location"] = "保俶路 12 号", ["regionCode"] = Shangbao,
            ["headcount"] = 2, ["risk"] = "Low",
            ["parties"] = new object[] { new { personId = petitioner, role = "Applicant" }, new { personId = neighbour, role = "Respondent" } },
        }, d => d.GetProperty("parties").GetArrayLength() == 2);
        foreach (var partyId in completed.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList())
        {
            await StepAsync(dispute, "consent", new { partyId, consent = "Agreed" }, d => d.GetProperty("parties").EnumerateArray()
                .Any(p => p.GetProperty("id").GetGuid() == partyId && p.GetProperty("consent").GetString() == "Agreed"));
        }

        await StepAsync(dispute, "accept", new { mediationType = "People", committee = "上保社区人民调解委员会", mediators = new[] { "李调解" } },
            d => d.GetProperty("state").GetString() != "Registered");
        await StepAsync(dispute, "agreement", new { form = "Oral", facts = "排水管老化渗漏", terms = "邻居三日内修复排水管" },
            d => d.GetProperty("state").GetString() is not ("Registered" or "Mediating"));
    }

    private async Task<Guid> CreateAsync(RecordKind kind, string endpoint, object body)
    {
        var key = $"drill-{seed}-{index}-{++_keys}";
        var id = Record(Api.Ok(await api.PostAsync(endpoint, body, key), counters)).GetProperty("id").GetGuid();
        ledger.Created(new Creation(kind, endpoint, key, body, id));
        return id;
    }

    /// <summary>
    /// A workflow step sent with the record's ETag unless the record shows it done already — as it does when the answer
    /// to an earlier attempt was lost and the resent request met a 409.
    /// </summary>
    private async Task<JsonElement> StepAsync(string record, string step, object body, Func<JsonElement, bool> done)
    {
        while (true)
        {
            var current = await api.GetAsync(record);
            var state = Record(Api.Ok(current, counters));
            if (done(state))
            {
                return state;
            }

            var answer = await api.PostAsync($"{record}/{step}", body, ifMatch: current.ETag);
            if (answer.IsSuccess)
            {
                return Record(answer.Body);
            }

            if (answer.Status != HttpStatusCode.Conflict)
            {
                throw Api.Unexpected(answer, counters);
            }
        }
    }

    private async Task<Guid> DisputeOfAsync(string petition)
    {
        while (true)
        {
            var referrals = Record(Api.Ok(await api.GetAsync(petition), counters)).GetProperty("referrals");
            if (IsSet(referrals, "disputeId"))
            {
                return referrals.GetProperty("disputeId").GetGuid();
            }

            await Task.Delay(ReferralPoll);
        }
    }

    private static JsonElement Record(JsonElement body) => body.TryGetProperty("petition", out var petition) ? petition : body;

    private static bool IsSet(JsonElement record, string property) => record.GetProperty(property).ValueKind != JsonValueKind.Null;
}
