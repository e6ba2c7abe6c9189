using System.Net.Http.Json;
using Governance.ReliabilityTests.Fuzzing;
using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Authorisation;

/// <summary>
/// The county the matrix runs on: the operations of every OpenAPI document, the identities of every manifest and seeded
/// role, what each identity's lists, statistics and exports answered before the guarded records of 上保社区 existed
/// (only the persons the generated bodies name), and then those records.
/// </summary>
public sealed class AuthorisationMatrix() : ModuleTestHost("matrix")
{
    public const string DepartmentWithModulesOff = "matrix-off";

    internal IReadOnlyList<ApiOperation> Operations { get; private set; } = [];

    internal IReadOnlyList<Identity> Identities { get; private set; } = [];

    internal GuardedRecords Guarded { get; private set; } = null!;

    /// <summary>The township's user who created the guarded records, holding every module permission.</summary>
    internal HttpClient Owner { get; private set; } = null!;

    /// <summary>The requests of each operation, with the valid bodies and query values of the fuzzer.</summary>
    internal MatrixRequests Requests { get; private set; } = null!;

    /// <summary>Each identity's answer to each request about no record, before the guarded records were created.</summary>
    internal IReadOnlyDictionary<(Identity, string), Answer> Before { get; private set; } = null!;

    /// <summary>Requests sent by the matrix, setup and checks together.</summary>
    internal int Sent { get; set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (await ClientAs(TestUsers.Administrator()).PostAsJsonAsync("/api/platform/departments",
            new { code = DepartmentWithModulesOff, name = "未开通模块的部门", kind = "Coordination" })).EnsureSuccessStatusCode();

        Operations = OperationCatalog.Of(Application);
        Identities = await Authorisation.Identities.BuildAsync(this, DepartmentWithModulesOff);
        Owner = ClientOf(Authorisation.Identities.Rightful(this));
        var persons = await GuardedRecords.RegisterPersonsAsync(this, Owner);
        var samples = new SampleValues(persons);
        Requests = new MatrixRequests(samples);
        await Requests.LearnQueriesAsync(Operations, Owner);
        Before = await AnswersWithoutRecordAsync();
        Guarded = await GuardedRecords.CreateAsync(this, Owner, Operations, Requests, samples, persons);
    }

    internal HttpClient ClientOf(Identity identity) => identity.Subject is null ? Anonymous() : ClientAs(identity.Subject);

    internal async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage message)
    {
        Sent++;
        var response = await client.SendAsync(message);
        return new Answer((int)response.StatusCode, await ResponseText.ReadAsync(response));
    }

    /// <summary>The GET requests about no record: lists, statistics, exports, summaries, code tables.</summary>
    internal IEnumerable<MatrixRequest> RequestsWithoutRecord() =>
        Operations.Where(o => o.Method == HttpMethod.Get && !o.PathParameters.Any())
            .SelectMany(o => Requests.For(o, GuardedRecords.None));

    /// <summary>The module whose document holds the operation; null for the platform's.</summary>
    internal string? ModuleOf(ApiOperation operation) =>
        Application.Runtime.Modules.FirstOrDefault(m => m.DocumentName == operation.Document)?.Id;

    private async Task<IReadOnlyDictionary<(Identity, string), Answer>> AnswersWithoutRecordAsync()
    {
        var answers = new Dictionary<(Identity, string), Answer>();
        foreach (var identity in Identities)
        {
            var client = ClientOf(identity);
            foreach (var request in RequestsWithoutRecord())
            {
                answers[(identity, request.Url)] = await SendAsync(client, Requests.Message(request, null));
            }
        }

        return answers;
    }
}

/// <summary>What a request was answered: the status and the text the caller sees.</summary>
internal sealed record Answer(int Status, string Text)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
