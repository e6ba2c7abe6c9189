using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Attachments;

/// <summary>Where attachment bytes live: the database (default) or a folder (<c>Attachments:Folder</c>).</summary>
internal interface IAttachmentStore
{
    /// <summary>Stores the bytes; for the database store they are saved with the caller's unit of work.</summary>
    Task SaveAsync(Guid id, byte[] content, CancellationToken cancellationToken);

    Task<Stream?> OpenAsync(Guid id, CancellationToken cancellationToken);
}

internal sealed class DatabaseAttachmentStore(PlatformDbContext db) : IAttachmentStore
{
    public Task SaveAsync(Guid id, byte[] content, CancellationToken cancellationToken)
    {
        db.Add(new AttachmentContent { AttachmentId = id, Bytes = content });
        return Task.CompletedTask;
    }

    public async Task<Stream?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var bytes = await db.Set<AttachmentContent>().Where(c => c.AttachmentId == id).Select(c => c.Bytes)
            .SingleOrDefaultAsync(cancellationToken);
        return bytes is null ? null : new MemoryStream(bytes, writable: false);
    }
}

/// <summary>
/// Files under the configured folder, one per attachment. A file is written before its row commits, so a row
/// never points at a missing file; a failed commit can leave an orphan file, never a dangling row.
/// </summary>
internal sealed class FolderAttachmentStore(AttachmentOptions options) : IAttachmentStore
{
    public async Task SaveAsync(Guid id, byte[] content, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, cancellationToken);
    }

    public Task<Stream?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    private string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(options.Folder, name[..2], name);
    }
}
