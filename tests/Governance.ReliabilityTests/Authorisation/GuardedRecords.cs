using System.Net.Http.Json;
using System.Text.Json;
using Governance.ReliabilityTests.Fuzzing;
using Governance.ReliabilityTests.OpenApi;
using Governance.SharedKernel.Attachments;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ReliabilityTests.Authorisation;

/// <summary>
/// The records the matrix guards: whatever the township's user creates in 上保社区 through every creation endpoint of every
/// document (a POST with a body generated from its schema, as the fuzzer makes them), and what the modules derive from
/// them (the one flow written out: a petition referred to mediation becomes a dispute), found as the rows the modules'
/// lists show afterwards that they did not show before; an attachment on each record that takes one; and the full
/// citizen ID and phone numbers of the persons among them.
/// </summary>
internal sealed class GuardedRecords(IReadOnlyList<GuardedRecord> records, IReadOnlyList<GuardedAttachment> attachments, IReadOnlyList<string> personalData)
{
    private const string Persons = "/api/registry/persons";

    /// <summary>No records: what the lists' requests are built from.</summary>
    public static readonly GuardedRecords None = new([], [], []);

    public IReadOnlyList<GuardedRecord> Records => records;

    public IReadOnlyList<GuardedAttachment> Attachments => attachments;

    /// <summary>Full citizen ID and phone numbers, which only holders of the personal-data permission may ever see.</summary>
    public IReadOnlyList<string> PersonalData => personalData;

    public static async Task<GuardedRecords> CreateAsync(
        ModuleTestHost county, HttpClient owner, IReadOnlyList<ApiOperation> operations, MatrixRequests requests, SampleValues samples,
        IReadOnlyList<Guid> persons)
    {
        var before = await ListedAsync(county, operations, requests, owner);

        // Twice through every creation endpoint, with the bodies the fuzzer makes valid from the schemas.
        var bodies = new BodyGenerator(samples);
        for (var round = 0; round < 2; round++)
        {
            await RunRecords.CreateAsync(owner, operations, bodies, samples, new Random(round));
        }

        await ReferAPetitionToMediationAsync(county, owner);

        // The persons the generated bodies name were registered before the lists were first read: guarded all the same.
        var created = (await ListedAsync(county, operations, requests, owner)).Except(before)
            .Union(persons.Select(id => new GuardedRecord("Registry", Persons, "id", id.ToString()))).ToList();
        return new GuardedRecords(created, await AttachAsync(county, owner, created), await PersonalDataOfAsync(county, created));
    }

    /// <summary>Persons with a phone number, registered by the township's user: their ids fill the generated bodies.</summary>
    public static async Task<IReadOnlyList<Guid>> RegisterPersonsAsync(ModuleTestHost county, HttpClient owner)
    {
        var ids = new List<Guid>();
        foreach (var (name, phone) in new[] { ("矩阵甲", "13905710001"), ("矩阵乙", "13905710002") })
        {
            ids.Add(await county.RegisterPersonAsync(owner, name, CountyHost.Shangbao, phone));
        }

        return ids;
    }

    /// <summary>Every row a module's lists show the owner, keyed by the list it came from.</summary>
    public static async Task<IReadOnlyList<GuardedRecord>> ListedAsync(
        ModuleTestHost county, IReadOnlyList<ApiOperation> operations, MatrixRequests requests, HttpClient owner)
    {
        var modules = county.Application.Runtime.Modules.ToDictionary(m => m.DocumentName, m => m.Id);
        var listed = new List<GuardedRecord>();
        foreach (var list in operations.Where(o => o.Method == HttpMethod.Get && !o.PathParameters.Any() && modules.ContainsKey(o.Document)))
        {
            var keyName = operations.Where(o => o.Path.StartsWith(list.Path + "/{", StringComparison.Ordinal))
                .Select(o => o.PathParameters.First().Name).FirstOrDefault();
            var response = await owner.GetAsync(requests.WithRequiredQuery(list, list.Path));
            if (keyName is null || !response.IsSuccessStatusCode
                || response.Content.Headers.ContentType?.MediaType != "application/json")
            {
                continue;
            }

            listed.AddRange(Rows(await response.Json())
                .Where(r => r.TryGetProperty(keyName, out var key) && key.ValueKind == JsonValueKind.String)
                .Select(r => new GuardedRecord(modules[list.Document], list.Path, keyName, r.GetProperty(keyName).GetString()!)));
        }

        return listed.Distinct().ToList();
    }

    private static IEnumerable<JsonElement> Rows(JsonElement page) => page.ValueKind switch
    {
        JsonValueKind.Array => page.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object),
        JsonValueKind.Object when page.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array => items.EnumerateArray(),
        _ => [],
    };

    private static async Task ReferAPetitionToMediationAsync(ModuleTestHost county, HttpClient owner)
    {
        var registered = await owner.PostAsJsonAsync("/api/petitions", new
        {
            channel = "Visit", category = "Claim", domain = "UrbanRuralConstruction", subject = "邻里排水纠纷（矩阵）",
            content = "楼上住户排水管渗漏至我家，请求调解", regionCode = CountyHost.Shangbao,
            petitionerPersonIds = new[] { await county.RegisterPersonAsync(owner, "矩阵信访人", CountyHost.Shangbao) }, headcount = 1,
        }).Ok();
        var petition = $"/api/petitions/{registered.GetProperty("petition").GetProperty("id").GetGuid()}";
        (await owner.PostStepAsync(petition, "accept", new { note = "属地受理" })).EnsureSuccessStatusCode();
        (await owner.PostStepAsync(petition, "refer/mediation", new { note = "适宜人民调解" })).EnsureSuccessStatusCode();
        await Eventually.Get(() => owner.GetFromJsonAsync<JsonElement>(petition),
            p => p.GetProperty("petition").GetProperty("referrals").GetProperty("disputeId").ValueKind == JsonValueKind.String,
            what: "the dispute Mediation opens from the referred petition");
    }

    // One attachment on a record of every kind that takes them (the modules' IRecordAccess say which).
    private static async Task<IReadOnlyList<GuardedAttachment>> AttachAsync(ModuleTestHost county, HttpClient owner, IReadOnlyList<GuardedRecord> records)
    {
        using var scope = county.Application.App.Services.CreateScope();
        var kinds = scope.ServiceProvider.GetServices<IRecordAccess>().Select(a => (a.Module, a.RecordType)).ToList();
        var attachments = new List<GuardedAttachment>();
        foreach (var (module, recordType) in kinds)
        {
            var record = records.FirstOrDefault(r => r.Module == module && r.Collection.Split('/')[^1].StartsWith(recordType, StringComparison.Ordinal));
            if (record is null)
            {
                continue;
            }

            var uploaded = await owner.PostAsync($"/api/attachments/{module}/{recordType}/{record.Key}", MatrixRequests.PngUpload()).Ok();
            attachments.Add(new GuardedAttachment(record, recordType, uploaded.GetProperty("id").GetGuid()));
        }

        return attachments;
    }

    private static async Task<IReadOnlyList<string>> PersonalDataOfAsync(ModuleTestHost county, IReadOnlyList<GuardedRecord> records)
    {
        var reader = county.ClientAs(Identities.RightfulWithPersonalData(county).Subject!);
        var values = new List<string>();
        foreach (var person in records.Where(r => r.Collection == Persons))
        {
            var shown = await reader.GetFromJsonAsync<JsonElement>(person.Url);
            values.AddRange(new[] { "citizenId", "phone" }
                .Where(f => shown.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String)
                .Select(f => shown.GetProperty(f).GetString()!));
        }

        return values;
    }
}
