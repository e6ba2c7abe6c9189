using System.Globalization;
using System.Text;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>A run's figures and its findings, each with the request as a curl line.</summary>
public sealed class FuzzReport(FuzzSettings settings)
{
    private readonly Dictionary<int, int> _statuses = [];
    private readonly Dictionary<string, int> _successes = [];

    public int Sent { get; private set; }

    public int ServerErrors { get; private set; }

    public int NonProblemRefusals { get; private set; }

    public int SuccessfulMutations => _successes.Values.Sum();

    public int SlowFlagged { get; private set; }

    public List<Finding> Findings { get; } = [];

    /// <summary>Writes after a refusal that did not come back when the request was sent again alone: an earlier request's
    /// asynchronous work (the outbox relay, work items) landing at that moment.</summary>
    public List<Finding> UnconfirmedWrites { get; } = [];

    public int Failures => Findings.Count;

    public void Count(string mutation, Answer answer)
    {
        Sent++;
        _statuses[answer.Status] = _statuses.GetValueOrDefault(answer.Status) + 1;
        if (answer.IsSuccess)
        {
            _successes[mutation] = _successes.GetValueOrDefault(mutation) + 1;
        }

        if (answer.IsServerError)
        {
            ServerErrors++;
        }

        if (answer.IsRefusal && !answer.IsProblem)
        {
            NonProblemRefusals++;
        }
    }

    public void Slow() => SlowFlagged++;

    public string Figures()
    {
        var kinds = Findings.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"bad-input fuzz: seed {settings.Seed}, {Sent} requests sent")
            .AppendLine(CultureInfo.InvariantCulture, $"  5xx: {ServerErrors}")
            .AppendLine(CultureInfo.InvariantCulture, $"  4xx that are no problem document: {NonProblemRefusals}")
            .AppendLine(CultureInfo.InvariantCulture, $"  writes by refused requests: {kinds.GetValueOrDefault(Finding.Write)} (unconfirmed on a second send: {UnconfirmedWrites.Count})")
            .AppendLine(CultureInfo.InvariantCulture, $"  responses slower than 2 s: {SlowFlagged} (slow again when sent alone: {kinds.GetValueOrDefault(Finding.Slow)})")
            .AppendLine(CultureInfo.InvariantCulture, $"  mutated requests answered 2xx: {SuccessfulMutations}")
            .AppendLine("  statuses: " + string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}")))
            .AppendLine("  mutations most often answered 2xx: " + string.Join(", ",
                _successes.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(8).Select(s => $"{s.Key} ×{s.Value}")));
        return text.ToString();
    }

    public string Details(int max = 40) => string.Join("\n\n", Findings.Concat(UnconfirmedWrites).Take(max).Select(f => f.ToString()));
}

/// <summary>One bad answer: what kind, to which request (number <see cref="Index"/> of the seed's sequence), and the request as curl.</summary>
public sealed record Finding(string Kind, int Index, string Request, string Detail, string Curl)
{
    public const string ServerError = "5xx";
    public const string NotProblem = "4xx without a problem document";
    public const string Write = "write by a refused request";
    public const string Slow = "slower than 2 s when sent alone";

    public override string ToString() => $"[{Kind}] #{Index} {Request}\n  {Detail}\n  {Curl}";
}
