using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Authorisation;

/// <summary>One request the matrix sends to an operation, about one guarded record or none (a list, a statistic).</summary>
internal sealed record MatrixRequest(ApiOperation Operation, string Url, GuardedRecord? Record)
{
    public override string ToString() => $"{Operation.Method} {Url}";
}
