using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Governance.Host.Http;

/// <summary>
/// The database cannot be reached (refused, reset, timed out, shutting down): 503 with Retry-After, since nothing was
/// changed and the same request can be sent again once it is back. Runs before <see cref="ProblemDetailsExceptionHandler"/>.
/// </summary>
internal sealed class DatabaseUnavailableExceptionHandler(
    IProblemDetailsService problems, NpgsqlDataSource database, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsConnectionFailure(exception))
        {
            return false;
        }

        // Idle pooled connections to a server that went away are broken too; without this each would fail one more request.
        database.Clear();
        logger.LogWarning("Database unavailable on {Method} {Path}: answered 503 ({Reason})",
            httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "数据库暂不可用",
                Detail = "数据库暂时无法连接，本次请求未作任何修改，请稍后重试。The database cannot be reached; nothing was changed. Retry shortly.",
            },
        });
    }

    // Class 08 is a connection exception; 57P01–57P03 a server shutting down or starting. An NpgsqlException that is no
    // PostgresException never reached the server's answer: the socket failed or timed out.
    private static bool IsConnectionFailure(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
