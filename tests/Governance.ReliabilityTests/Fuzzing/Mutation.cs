namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>One way to spoil a valid request; <see cref="Apply"/> answers null where it does not apply (no body, no query …).</summary>
public sealed record Mutation(string Name, Func<RequestDraft, Random, Mutated?> Apply);

/// <summary>A spoiled request and what was done to it (<c>wrong type at parties.0.name</c>).</summary>
public sealed record Mutated(string Description, RequestDraft Draft);
