using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Auditing;

/// <summary>
/// The result of walking the chain: intact up to <paramref name="Head"/>, or the first broken row; <paramref name="Unlinked"/>
/// rows are committed but not linked yet (the tail the chain does not cover, normally 0 right after linking).
/// </summary>
internal sealed record AuditVerification(bool Ok, long Verified, AuditChainHead? Head, AuditChainBreak? BrokenAt, long Unlinked);

/// <summary>The last row verified; note its hash elsewhere to detect later removal of the newest rows.</summary>
internal sealed record AuditChainHead(long Sequence, string Hash);

/// <param name="Mismatch"><c>sequence</c> (a row is missing), <c>previousHash</c> (the link to the row before does not
/// match) or <c>hash</c> (the row's content no longer matches its hash: it was changed).</param>
internal sealed record AuditChainBreak(long Sequence, string Mismatch, string Message);

/// <summary>
/// Links what has been committed, then walks the whole chain in order, recomputing every hash, and stops at the first row
/// that does not fit.
/// </summary>
internal sealed class AuditChainVerifier(PlatformDbContext db, AuditChainer chainer)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await chainer.ChainAsync(cancellationToken);
        var unlinked = await db.Set<AuditRecord>().LongCountAsync(r => r.Hash == null, cancellationToken);
        AuditChainHead? head = null;
        var rows = db.Set<AuditRecord>().AsNoTracking().Where(r => r.Sequence != null).OrderBy(r => r.Sequence).AsAsyncEnumerable();
        await foreach (var record in rows.WithCancellation(cancellationToken))
        {
            var expected = (head?.Sequence ?? 0) + 1;
            var broken = Check(record, expected, head?.Hash ?? AuditHash.Genesis);
            if (broken is not null)
            {
                return new AuditVerification(false, expected - 1, head, broken, unlinked);
            }

            head = new AuditChainHead(expected, record.Hash!);
        }

        return new AuditVerification(true, head?.Sequence ?? 0, head, null, unlinked);
    }

    private static AuditChainBreak? Check(AuditRecord record, long expectedSequence, string previousHash)
    {
        var sequence = record.Sequence!.Value;
        if (sequence != expectedSequence)
        {
            return new AuditChainBreak(sequence, "sequence",
                $"审计记录不连续：第 {expectedSequence} 条缺失，下一条是第 {sequence} 条（记录被删除）。");
        }

        if (record.PreviousHash != previousHash)
        {
            return new AuditChainBreak(sequence, "previousHash",
                $"第 {sequence} 条记录的 previous_hash 与上一条的哈希不符（链接被改动）。");
        }

        return record.Hash == AuditHash.Of(record)
            ? null
            : new AuditChainBreak(sequence, "hash", $"第 {sequence} 条记录的内容与其哈希不符（记录被修改）。");
    }
}
