using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>Spoiled query strings: one parameter of the operation with a value its type cannot take, or sent twice.</summary>
public static class QueryMutations
{
    public static readonly Mutation[] All =
    [
        Parameter("bad value", _ => true, (p, random) => HostileValues.For(p.Type, p.Format, p.Enum.Count > 0, random)),
        Parameter("hostile text", _ => true, (_, random) => HostileValues.Text.Pick(random)),
        Parameter("1 MB value", _ => true, (_, _) => HostileValues.Megabyte),
        Parameter("empty value", _ => true, (_, _) => ""),
        Parameter("bad page size", p => IsPaging(p.Name), (_, random) => HostileValues.PageSizes.Pick(random)),
        Parameter("far date", p => p.Format is "date" or "date-time", (_, random) => random.Next(2) == 0 ? "0001-01-01" : "9999-12-31"),
        new("repeated parameter", (draft, random) => Pick(draft, random, _ => true) is { } p
            ? new($"repeated {p.Name}", draft.WithQuery(p.Name, "1").WithQuery(p.Name, "2"))
            : null),
        new("unknown parameter", (draft, random) => new("unknown parameter", draft.WithQuery("fuzz", HostileValues.Text.Pick(random)))),
    ];

    private static bool IsPaging(string name) =>
        name.Equals("pageSize", StringComparison.OrdinalIgnoreCase) || name.Equals("page", StringComparison.OrdinalIgnoreCase)
        || name.Equals("limit", StringComparison.OrdinalIgnoreCase) || name.Equals("offset", StringComparison.OrdinalIgnoreCase);

    private static Mutation Parameter(string name, Func<ApiParameter, bool> fits, Func<ApiParameter, Random, string> value) =>
        new(name, (draft, random) => Pick(draft, random, fits) is { } p
            ? new($"{name} in query {p.Name}", draft.WithQuery(p.Name, value(p, random)))
            : null);

    private static ApiParameter? Pick(RequestDraft draft, Random random, Func<ApiParameter, bool> fits)
    {
        var parameters = draft.Operation.QueryParameters.Where(fits).ToList();
        return parameters.Count == 0 ? null : parameters[random.Next(parameters.Count)];
    }
}
