using Governance.ReliabilityTests.Fuzzing;
using Governance.ReliabilityTests.OpenApi;
using Xunit.Abstractions;

namespace Governance.ReliabilityTests;

/// <summary>
/// Generated bad input (reliability suite §1): for every operation of every OpenAPI document, a valid request spoiled by one
/// mutation the seed picks, sent as a county user holding every permission so that it reaches the handler. CI runs
/// <see cref="FuzzSettings.CiRequests"/> requests; <c>GOVERNANCE_FUZZ_REQUESTS</c> and <c>GOVERNANCE_FUZZ_SEED</c> choose others.
/// </summary>
public sealed class BadInputFuzzTests(CountyHost county, ITestOutputHelper output) : IClassFixture<CountyHost>
{
    [Fact]
    public async Task Mutated_requests_get_no_5xx_only_problem_documents_write_nothing_when_refused_and_answer_within_2_s()
    {
        var settings = FuzzSettings.FromEnvironment();
        var client = county.ClientAs(county.HolderOfEveryPermission());
        var operations = OperationCatalog.Of(county.Application);
        var random = new Random(settings.Seed);
        var samples = new SampleValues([await county.PersonAsync("模糊测试甲"), await county.PersonAsync("模糊测试乙")]);
        var bodies = new BodyGenerator(samples);
        var records = await RunRecords.CreateAsync(client, operations, bodies, samples, random);
        await using var counts = new RowCounts(county.Database);

        var report = await new FuzzRunner(client, new RequestGenerator(client, records, bodies), counts, settings).RunAsync(operations);

        output.WriteLine(report.Figures());
        output.WriteLine($"records made for {records.Created.Count} creation endpoints; not for\n  {string.Join("\n  ", records.NotCreated)}");
        output.WriteLine(report.Details());
        Assert.True(report.Failures == 0, $"{report.Failures} bad answers\n{report.Figures()}\n{report.Details()}");
    }
}
