using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>
/// Sends the seed's sequence of mutated requests, one at a time, operation after operation in turn, and checks each answer:
/// no 5xx, every 4xx a problem document, no row written by a 4xx (row counts before and after), nothing slower than 2 s.
/// </summary>
public sealed class FuzzRunner(HttpClient client, RequestGenerator generator, RowCounts counts, FuzzSettings settings)
{
    public static readonly TimeSpan SlowLimit = TimeSpan.FromSeconds(2);

    private static readonly Mutation[] Mutations =
        [.. BodyMutations.All, .. MultipartMutations.All, .. QueryMutations.All, .. PathMutations.All, .. HeaderMutations.All];

    public async Task<FuzzReport> RunAsync(IReadOnlyList<ApiOperation> operations)
    {
        var random = new Random(settings.Seed);
        var report = new FuzzReport(settings);
        var before = await counts.TakeAsync();
        for (var index = 0; index < settings.Requests; index++)
        {
            var operation = operations[index % operations.Count];
            var (mutation, mutated) = Mutate(await generator.ValidAsync(operation, random), random);
            var request = mutated.Draft.ToRequest();
            var answer = await Answer.OfAsync(client, request);
            var after = await counts.TakeAsync();
            report.Count(mutation.Name, answer);
            var finding = (string kind, string detail) => new Finding(kind, index, $"{operation} — {mutated.Description}", detail,
                CurlLine.Of(request, $"GOVERNANCE_FUZZ_SEED={settings.Seed} GOVERNANCE_FUZZ_REQUESTS={index + 1}"));

            if (answer.IsServerError)
            {
                report.Findings.Add(finding(Finding.ServerError, answer.Summary()));
            }
            else if (answer.IsRefusal && !answer.IsProblem)
            {
                report.Findings.Add(finding(Finding.NotProblem, answer.Summary()));
            }

            if (answer.IsRefusal && RowCounts.Changes(before, after) is { Count: > 0 } changes)
            {
                var again = await WritesWhenSentAloneAsync(request);
                (again.Count > 0 ? report.Findings : report.UnconfirmedWrites).Add(
                    finding(Finding.Write, $"{answer.Status} and wrote {string.Join(", ", again.Count > 0 ? again : changes)}"));
                after = await counts.TakeAsync();
            }

            if (answer.Elapsed > SlowLimit)
            {
                report.Slow();
                var alone = await Answer.OfAsync(client, request);
                if (alone.Elapsed > SlowLimit)
                {
                    report.Findings.Add(finding(Finding.Slow, $"{answer.Elapsed.TotalSeconds:0.0} s, then {alone.Elapsed.TotalSeconds:0.0} s alone: {alone.Summary(100)}"));
                }

                after = await counts.TakeAsync();
            }

            before = after;
        }

        return report;
    }

    // The same seed picks the same mutation: the order of the candidates is drawn, then the first that applies is taken.
    private static (Mutation, Mutated) Mutate(RequestDraft valid, Random random)
    {
        foreach (var mutation in Mutations.OrderBy(_ => random.Next()))
        {
            if (mutation.Apply(valid, random) is { } mutated)
            {
                return (mutation, mutated);
            }
        }

        throw new InvalidOperationException($"no mutation applies to {valid.Operation}");
    }

    // Waits for the asynchronous work of earlier requests to settle, then sends the refused request again on its own.
    private async Task<IReadOnlyList<string>> WritesWhenSentAloneAsync(FuzzRequest request)
    {
        var quiet = await counts.TakeAsync();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await Task.Delay(100);
            var now = await counts.TakeAsync();
            if (RowCounts.Changes(quiet, now).Count == 0)
            {
                break;
            }

            quiet = now;
        }

        var answer = await Answer.OfAsync(client, request);
        return answer.IsRefusal ? RowCounts.Changes(quiet, await counts.TakeAsync()) : [];
    }
}
