using System.Text.Json;
using FluentValidation;
using Governance.SharedKernel.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Governance.Host.Http;

/// <summary>Turns every exception into an RFC 9457 problem document; only a fault of the server itself is a 500.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ForValidation(validation),
            BadHttpRequestException badRequest => ForBadRequest(badRequest),
            BusinessRuleException rule => ForRule(rule),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "无权执行此操作", forbidden.Message),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "记录不存在", notFound.Message),
            ConflictException conflict => WithDetails(
                Problem(StatusCodes.Status409Conflict, "记录已被修改或冲突", conflict.Message), conflict.Details),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "记录已被修改或冲突",
                "The record was changed by someone else since you read it. Reload it and try again."),
            DbUpdateException { InnerException: PostgresException
                {
                    SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation,
                } conflict } => Problem(StatusCodes.Status409Conflict, "记录已被修改或冲突",
                    $"与已有记录冲突（{conflict.ConstraintName}），请重新读取后再提交。"),
            _ when PostgresErrorOf(exception) is PostgresErrorCodes.LockNotAvailable => Busy(httpContext),
            _ when PostgresErrorOf(exception) is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter =>
                Problem(StatusCodes.Status400BadRequest, "请求参数不正确",
                    "请求中的文本含有不能保存的字符（如 NUL 控制字符 \\u0000），请删除后重试；未作任何修改。"),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "服务器内部错误",
                "An unexpected error occurred on the server. It has been logged; quote the trace id when reporting it.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // A lock the request waited for too long (e.g. the audit chain under a burst of commands) means the server is busy,
    // nothing was written, and the same request can simply be sent again. A NUL character in a query string or form field
    // (JSON bodies are refused before) reaches PostgreSQL, which cannot store it in text.
    private static string? PostgresErrorOf(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException postgres)
            {
                return postgres.SqlState;
            }
        }

        return null;
    }

    private ProblemDetails Busy(HttpContext httpContext)
    {
        logger.LogWarning("Lock timeout on {Method} {Path}: answered 503", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.Headers.RetryAfter = "2";
        return Problem(StatusCodes.Status503ServiceUnavailable, "系统繁忙",
            "系统正忙，本次请求未作任何修改，请稍后重试。The server is busy; nothing was changed. Retry shortly.");
    }

    private static ProblemDetails ForValidation(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "请求参数校验失败",
            Detail = "One or more fields are invalid; see errors.",
        };
    }

    private static ProblemDetails ForBadRequest(BadHttpRequestException badRequest)
    {
        var problem = Problem(badRequest.StatusCode, "请求格式错误", badRequest.Message);
        if (badRequest.InnerException is JsonException { Path: { } path } json)
        {
            problem.Detail = $"{badRequest.Message} {json.Message}";
            problem.Extensions["path"] = path;
        }

        return problem;
    }

    private static ProblemDetails ForRule(BusinessRuleException rule) =>
        WithDetails(Problem(StatusCodes.Status422UnprocessableEntity, "业务规则不允许此操作", rule.Message), rule.Details);

    private static ProblemDetails WithDetails(ProblemDetails problem, IReadOnlyDictionary<string, object?> details)
    {
        foreach (var (key, value) in details)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
