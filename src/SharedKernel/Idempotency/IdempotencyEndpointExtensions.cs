using Governance.SharedKernel.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.SharedKernel.Idempotency;

public static class IdempotencyEndpointExtensions
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>Set on a response that repeats the stored first response.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public const int MaxKeyLength = 200;

    /// <summary>
    /// Makes a creation endpoint honour the <c>Idempotency-Key</c> header: the first request with a key runs in one
    /// transaction of <typeparamref name="TContext"/> that also stores its response; a repeat (same caller, method,
    /// path and key) gets the stored response and changes nothing, even when it arrives while the first one is
    /// still running (it waits for it). Failed requests (4xx/5xx) are not stored and may be retried. The module's
    /// model must include <see cref="IdempotencyModel.AddIdempotencyKeys"/>. Requests without the header pass through.
    /// </summary>
    public static RouteHandlerBuilder AcceptsIdempotencyKey<TContext>(this RouteHandlerBuilder builder)
        where TContext : ModuleDbContext
    {
        builder.AddEndpointFilter((context, next) =>
            context.HttpContext.Request.Headers.ContainsKey(HeaderName)
                ? ActivatorUtilities.CreateInstance<IdempotentRequest>(
                    context.HttpContext.RequestServices, context.HttpContext.RequestServices.GetRequiredService<TContext>())
                    .RunAsync(context, next)
                : next(context));
        return builder;
    }
}
