using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Governance.Host.Http;

/// <summary>
/// The problem documents of the refusals the framework answers without a body — an unknown route, a method not allowed,
/// a body too large or of the wrong type, a form that cannot be read, the rate limiter — each saying what to change.
/// </summary>
internal static class RefusalProblems
{
    /// <summary>The handler of <c>UseStatusCodePages</c>: any 4xx/5xx that has no body yet.</summary>
    public static Task WriteAsync(StatusCodeContext context) => WriteAsync(context.HttpContext, Describe(context.HttpContext));

    /// <summary><see cref="RateLimiterOptions.OnRejected"/>: 429 with Retry-After when the limiter knows it.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var detail = "请求过于频繁，请稍后重试。Too many requests; retry later.";
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            http.Response.Headers.RetryAfter = seconds;
            detail = $"请求过于频繁，请 {seconds} 秒后重试。Too many requests; retry after {seconds} s.";
        }

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await WriteAsync(http, new ProblemDetails { Title = "请求过于频繁", Detail = detail });
    }

    private static Task WriteAsync(HttpContext http, ProblemDetails problem)
    {
        problem.Status = http.Response.StatusCode;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).AsTask();
    }

    private static ProblemDetails Describe(HttpContext http)
    {
        var request = http.Request;
        var target = $"{request.Method} {request.Path}";
        return http.Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest when Accepts(http, "multipart/form-data") => UnreadableForm(http),
            StatusCodes.Status401Unauthorized => Problem("未登录或登录已失效",
                "请先登录（POST /api/auth/token），并在 Authorization 请求头中带上 Bearer 令牌。"),
            StatusCodes.Status403Forbidden => Problem("无权执行此操作", $"当前用户无权访问 {target}。"),
            StatusCodes.Status404NotFound => Problem("地址不存在", $"没有 {target} 这个接口，请核对地址。"),
            StatusCodes.Status405MethodNotAllowed => Problem("请求方法不允许",
                $"{request.Path} 不接受 {request.Method} 请求；可用的方法：{http.Response.Headers.Allow}。"),
            StatusCodes.Status411LengthRequired => Problem("缺少请求长度", "请求须带 Content-Length 请求头。"),
            StatusCodes.Status413PayloadTooLarge => Problem("请求体过大", "请求体超过了服务器允许的大小，请缩小后重试。"),
            StatusCodes.Status414UriTooLong => Problem("请求地址过长",
                $"请求地址不能超过 {RequestLimits.MaxUrlLength} 个字符；查询条件过多时请分次查询。"),
            StatusCodes.Status415UnsupportedMediaType => Problem("不支持的请求体类型",
                $"{target} 不接受 Content-Type「{request.ContentType}」；请按接口文档提交（通常为 application/json）。"),
            var status => Problem(ReasonPhrases.GetReasonPhrase(status), $"{target}：{ReasonPhrases.GetReasonPhrase(status)}。"),
        };
    }

    // Binding answers a form it cannot read (a truncated or malformed multipart body) with a bare 400.
    private static HttpValidationProblemDetails UnreadableForm(HttpContext http)
    {
        var fields = (http.GetEndpoint()?.Metadata.OfType<IParameterBindingMetadata>() ?? [])
            .Where(p => p.ParameterInfo.ParameterType == typeof(IFormFile) || p.ParameterInfo.ParameterType == typeof(IFormFileCollection))
            .Select(p => p.Name)
            .DefaultIfEmpty("file");
        return new HttpValidationProblemDetails(fields.ToDictionary(f => f, _ => new[] { "上传内容不是完整的 multipart/form-data 请求，请重新选择文件上传" }))
        {
            Title = "请求格式错误",
            Detail = "The multipart/form-data body could not be read; see errors.",
        };
    }

    private static bool Accepts(HttpContext http, string mediaType) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase) == true;

    private static ProblemDetails Problem(string title, string detail) => new() { Title = title, Detail = detail };
}
