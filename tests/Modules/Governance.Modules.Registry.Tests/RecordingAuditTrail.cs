using System.Collections.Concurrent;
using Governance.SharedKernel.Auditing;

namespace Governance.Modules.Registry.Tests;

/// <summary>
/// Stands in for the platform's audit trail (implemented on another branch) and remembers every recorded read.
/// </summary>
public sealed class RecordingAuditTrail : IAuditTrail
{
    public ConcurrentQueue<(string Module, string RecordType, string RecordId, string? Detail)> Reads { get; } = new();

    public Task RecordReadAsync(string module, string recordType, string recordId, string? detail, CancellationToken cancellationToken)
    {
        Reads.Enqueue((module, recordType, recordId, detail));
        return Task.CompletedTask;
    }

    public int ReadsOf(Guid recordId) => Reads.Count(r => r.RecordId == recordId.ToString());
}
