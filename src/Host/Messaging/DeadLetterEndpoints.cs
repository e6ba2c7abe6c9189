using Autofac;
using Governance.Host.Http;
using Governance.Host.Modules;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.Host.Messaging;

/// <summary>
/// Dead letters stay visible: <c>GET /api/platform/outbox/dead-letters</c> lists deliveries that gave up, across
/// every outbox; <c>POST …/{schema}/{messageId}/requeue</c> puts them back in line once the cause is fixed.
/// </summary>
internal static class DeadLetterEndpoints
{
    public sealed record DeadLetter(
        string Schema, Guid MessageId, string EventType, string Handler, int Attempts, string? LastError,
        DateTimeOffset DeadLetteredAt, DateTimeOffset OccurredAt, string Payload);

    public sealed record DeadLetterPage(int Total, IReadOnlyList<DeadLetter> Items);

    public static void MapDeadLetterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/platform/outbox/dead-letters").WithGroupName(PlatformNames.Document)
            .WithTags("消息 Outbox").RequirePermission(PlatformPermissions.Administer);
        group.MapGet("", ListAsync).WithSummary("死信 Deliveries that failed too often, newest first");
        group.MapPost("{schema}/{messageId:guid}/requeue", RequeueAsync)
            .WithSummary("重新投递 Put a message's dead-lettered deliveries back in line");
    }

    private static async Task<DeadLetterPage> ListAsync(
        ModuleRuntime runtime, ILifetimeScope container, CancellationToken cancellationToken, int offset = 0, int limit = 50)
    {
        if (offset < 0 || limit is < 1 or > 500)
        {
            throw new FluentValidation.ValidationException([
                new FluentValidation.Results.ValidationFailure(nameof(limit), "limit 须在 1 到 500 之间，offset 不能为负数。"),
            ]);
        }

        await using var scope = container.BeginLifetimeScope();
        var letters = new List<DeadLetter>();
        var total = 0;
        foreach (var contextType in runtime.OutboxContexts)
        {
            var db = (ModuleDbContext)scope.Resolve(contextType);
            var schema = db.Schema;
            var dead = from delivery in db.Set<OutboxDelivery>()
                       where delivery.DeadLetteredAt != null
                       join message in db.Set<OutboxMessage>() on delivery.MessageId equals message.Id
                       orderby delivery.DeadLetteredAt descending
                       select new DeadLetter(schema, message.Id, message.Type, delivery.Handler, delivery.Attempts,
                           delivery.LastError, delivery.DeadLetteredAt!.Value, message.OccurredAt, message.Payload);
            total += await dead.CountAsync(cancellationToken);
            // offset + limit would overflow into a negative count for an offset near int.MaxValue.
            letters.AddRange(await dead.Take((int)Math.Min((long)offset + limit, int.MaxValue)).ToListAsync(cancellationToken));
        }

        return new DeadLetterPage(total, letters.OrderByDescending(l => l.DeadLetteredAt).Skip(offset).Take(limit).ToList());
    }

    private static async Task<IResult> RequeueAsync(
        string schema, Guid messageId, ModuleRuntime runtime, ILifetimeScope container, CancellationToken cancellationToken)
    {
        await using var scope = container.BeginLifetimeScope();
        var db = runtime.OutboxContexts.Select(t => (ModuleDbContext)scope.Resolve(t)).FirstOrDefault(c => c.Schema == schema)
            ?? throw new NotFoundException($"No enabled module keeps an outbox in schema '{schema}'.");
        var message = await db.Set<OutboxMessage>().Include(m => m.Deliveries)
            .FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken)
            ?? throw new NotFoundException($"Message {messageId} is not in the outbox of schema '{schema}'.");
        var dead = message.Deliveries.Where(d => d.DeadLetteredAt is not null).ToList();
        if (dead.Count == 0)
        {
            throw new BusinessRuleException($"Message {messageId} has no dead-lettered delivery to requeue.");
        }

        dead.ForEach(d => d.Requeue());
        message.ProcessedAt = null;
        message.DeadLetteredAt = null;
        message.NextAttemptAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(new { requeued = dead.Select(d => d.Handler) });
    }
}
