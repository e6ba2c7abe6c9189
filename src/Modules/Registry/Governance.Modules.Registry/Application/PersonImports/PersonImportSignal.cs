using System.Threading.Channels;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>An accepted ledger file the import worker runs: the file on this machine and whose jurisdiction it is imported into.</summary>
internal sealed record ImportJob(Guid ImportId, string Path, string Format, string Jurisdiction);

/// <summary>
/// Wakes the import worker when an upload was accepted, so it need not wait for its next look at the table. The imports
/// themselves are rows of <c>person_imports</c>, which survive a restart; the signal is only a shortcut.
/// </summary>
internal sealed class PersonImportSignal
{
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Notify() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Returns when notified or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(timeout);
        try
        {
            await _wakeUps.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed without an upload.
        }
    }
}
