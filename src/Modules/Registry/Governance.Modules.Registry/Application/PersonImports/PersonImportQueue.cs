using System.Threading.Channels;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>An accepted ledger file waiting for the import worker.</summary>
internal sealed record ImportJob(Guid ImportId, string Path, string Format, string Jurisdiction);

/// <summary>The in-process queue between the upload endpoint and the worker; it does not survive a restart.</summary>
internal sealed class PersonImportQueue
{
    private readonly Channel<ImportJob> _jobs = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(ImportJob job) => _jobs.Writer.TryWrite(job);

    public IAsyncEnumerable<ImportJob> ReadAllAsync(CancellationToken ct) => _jobs.Reader.ReadAllAsync(ct);
}
