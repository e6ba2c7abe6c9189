using Governance.SharedKernel.Querying;
using FluentValidation;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Auditing;

/// <summary><c>GET /api/platform/audit</c> (filtered, paged, newest first) and <c>GET /api/platform/audit/verify</c>.</summary>
internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/platform/audit")
            .WithGroupName(PlatformNames.Document)
            .WithTags("审计 Audit")
            .RequirePermission(PlatformPermissions.ReadAudit);
        group.MapGet("", QueryAsync).WithSummary("审计记录 Audit rows matching the filters, newest first, paged");
        group.MapGet("verify", (AuditChainVerifier verifier, CancellationToken cancellationToken) => verifier.VerifyAsync(cancellationToken))
            .WithSummary("校验审计链 Recompute the hash chain; report the first broken row");
    }

    private static async Task<Paged<AuditRecordView>> QueryAsync(
        [AsParameters] AuditQuery query, IValidator<AuditQuery> validator, PlatformDbContext db, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(query, cancellationToken);
        var records = db.Set<AuditRecord>().AsNoTracking();
        if (!string.IsNullOrEmpty(query.User))
        {
            records = Guid.TryParse(query.User, out var userId)
                ? records.Where(r => r.UserId == userId)
                : records.Where(r => r.UserName == query.User);
        }

        if (!string.IsNullOrEmpty(query.Module))
        {
            records = records.Where(r => r.Module == query.Module);
        }

        if (!string.IsNullOrEmpty(query.Operation))
        {
            records = records.Where(r => r.Operation == query.Operation);
        }

        if (!string.IsNullOrEmpty(query.RecordId))
        {
            records = records.Where(r => r.RecordId == query.RecordId);
        }

        if (query.From is { } from)
        {
            records = records.Where(r => r.OccurredAt >= from.ToUniversalTime());
        }

        if (query.To is { } to)
        {
            records = records.Where(r => r.OccurredAt < to.ToUniversalTime());
        }

        if (!string.IsNullOrEmpty(query.Outcome))
        {
            records = records.Where(r => r.Outcome == query.Outcome);
        }

        var page = await records.OrderByDescending(r => r.Id).ToPageAsync(query, cancellationToken);
        return new Paged<AuditRecordView>(page.Total, page.Page, page.PageSize, page.Items.Select(AuditRecordView.Of).ToList());
    }
}
