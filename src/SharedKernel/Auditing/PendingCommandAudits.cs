namespace Governance.SharedKernel.Auditing;

/// <summary>
/// Success rows of commands sent inside a transaction whose opener goes on working in it afterwards (an Idempotency-Key
/// request reads the new record and stores its response), held back until the opener writes them just before it
/// commits. Writing a row takes the audit chain, and whatever the request does after the command may need the chain
/// too — a sensitive read is audited on a connection of its own, which would wait for the request's own transaction —
/// so the chain is taken last, as in a request without a key. One per request scope.
/// </summary>
public sealed class PendingCommandAudits
{
    private List<Func<CancellationToken, Task>>? _pending;

    public bool IsHolding => _pending is not null;

    /// <summary>From now on, <see cref="Hold"/> keeps rows until <see cref="WriteAsync"/>.</summary>
    public void HoldUntilCommit() => _pending ??= [];

    public void Hold(Func<CancellationToken, Task> write) =>
        (_pending ?? throw new InvalidOperationException("Audit rows are not being held.")).Add(write);

    /// <summary>Writes the held rows, in the order their commands ran, and stops holding.</summary>
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var pending = _pending ?? [];
        _pending = null;
        foreach (var write in pending)
        {
            await write(cancellationToken);
        }
    }
}
