namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>Spoiled path parameters: a record id that is no GUID or names no record, a year or code beyond reason.</summary>
public static class PathMutations
{
    public static readonly Mutation[] All =
    [
        Parameter("bad value", (p, random) => HostileValues.For(p.Type, p.Format, p.Enum.Count > 0, random)),
        Parameter("hostile text", (_, random) => HostileValues.Text.Pick(random)),
        Parameter("unknown record", (p, random) => p.Format == "uuid" ? SampleValues.Uuid(random).ToString() : "fuzz-unknown"),
        Parameter("long value", (_, _) => new string('9', 5000)),
    ];

    private static Mutation Parameter(string name, Func<OpenApi.ApiParameter, Random, string> value) =>
        new(name, (draft, random) =>
        {
            var parameters = draft.Operation.PathParameters.ToList();
            if (parameters.Count == 0)
            {
                return null;
            }

            // A NUL in the path never reaches the host: Kestrel refuses the request line itself ("The path contains null
            // characters"), and the in-memory test server throws the same on building the request.
            var parameter = parameters[random.Next(parameters.Count)];
            var values = new Dictionary<string, string>(draft.PathValues) { [parameter.Name] = value(parameter, random).Replace("\0", "", StringComparison.Ordinal) };
            return new($"{name} in path {parameter.Name}", draft with { PathValues = values });
        });
}
