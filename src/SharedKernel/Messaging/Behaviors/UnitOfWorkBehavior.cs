using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Data;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.SharedKernel.Messaging.Behaviors;

/// <summary>
/// Runs a command in one transaction of its module's DbContext and saves once at the end, so the state change,
/// the outbox rows it published and the command's audit row are committed together or not at all. Queries pass through.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(
    IServiceProvider services, IModuleDbContextLocator locator, ICommandAuditor auditor)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || locator.ContextTypeFor(typeof(TRequest)) is not { } contextType)
        {
            return await next();
        }

        var context = (ModuleDbContext)services.GetRequiredService(contextType);
        if (context.Database.CurrentTransaction is not null)
        {
            // Sent inside a transaction someone else opened (an Idempotency-Key request, an event handler, another command):
            // the change is saved into it — so what the endpoint reads next sees it — and the opener commits.
            var nested = await next();
            await context.SaveChangesAsync(cancellationToken);
            await auditor.RecordSuccessAsync(request, nested, context, cancellationToken);
            return nested;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await context.SaveChangesAsync(cancellationToken);
        await auditor.RecordSuccessAsync(request, response, context, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
