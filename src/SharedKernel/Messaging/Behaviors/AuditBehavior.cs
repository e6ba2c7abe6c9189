using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Data;
using MediatR;

namespace Governance.SharedKernel.Messaging.Behaviors;

/// <summary>
/// Audits every command. It is the outermost behaviour, so a command refused by validation or by anything further in
/// is recorded as a failure — after the unit of work has rolled back, in a transaction of its own. A success is
/// recorded by <see cref="UnitOfWorkBehavior{TRequest,TResponse}"/> inside the command's transaction, so a change is
/// never committed without its audit row; only a command of an assembly without a DbContext is recorded here.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(ICommandAuditor auditor, IModuleDbContextLocator locator)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        TResponse response;
        try
        {
            response = await next();
        }
        catch (Exception exception)
        {
            // Not the request's token: a command cancelled by its caller is still recorded.
            await auditor.RecordFailureAsync(request, exception, CancellationToken.None);
            throw;
        }

        if (locator.ContextTypeFor(typeof(TRequest)) is null)
        {
            await auditor.RecordSuccessAsync(request, response, null, cancellationToken);
        }

        return response;
    }
}
