using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Auditing;

/// <summary>The result of walking the chain: intact up to <paramref name="Head"/>, or the first broken row.</summary>
internal sealed record AuditVerification(bool Ok, long Verified, AuditChainHead? Head, AuditChainBreak? BrokenAt);

/// <summary>The last row verified; note its hash elsewhere to detect later removal of the newest rows.</summary>
internal sealed record AuditChainHead(long Sequence, string Hash);

/// <param name="Mismatch"><c>sequence</c> (a row is missing), <c>previousHash</c> (the link to the row before does not
/// match) or <c>hash</c> (the row's content no longer matches its hash: it was changed).</param>
internal sealed record AuditChainBreak(long Sequence, string Mismatch, string Message);

/// <summary>Walks the whole chain in order, recomputing every hash, and stops at the first row that does not fit.</summary>
internal sealed class AuditChainVerifier(PlatformDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        AuditChainHead? head = null;
        var rows = db.Set<AuditRecord>().AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable();
        await foreach (var record in rows.WithCancellation(cancellationToken))
        {
            var expected = (head?.Sequence ?? 0) + 1;
            var broken = Check(record, expected, head?.Hash ?? AuditHash.Genesis);
            if (broken is not null)
            {
                return new AuditVerification(false, expected - 1, head, broken);
            }

            head = new AuditChainHead(record.Sequence, record.Hash);
        }

        return new AuditVerification(true, head?.Sequence ?? 0, head, null);
    }

    private static AuditChainBreak? Check(AuditRecord record, long expectedSequence, string previousHash)
    {
        if (record.Sequence != expectedSequence)
        {
            return new AuditChainBreak(record.Sequence, "sequence",
                $"审计记录不连续：第 {expectedSequence} 条缺失，下一条是第 {record.Sequence} 条（记录被删除）。");
        }

        if (record.PreviousHash != previousHash)
        {
            return new AuditChainBreak(record.Sequence, "previousHash",
                $"第 {record.Sequence} 条记录的 previous_hash 与上一条的哈希不符（链接被改动）。");
        }

        return record.Hash == AuditHash.Of(record)
            ? null
            : new AuditChainBreak(record.Sequence, "hash", $"第 {record.Sequence} 条记录的内容与其哈希不符（记录被修改）。");
    }
}
