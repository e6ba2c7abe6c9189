using Microsoft.AspNetCore.Http.Features;

namespace Governance.Host.Http;

/// <summary>
/// How long a request's URL may be. The host answers a longer one with a 414 problem document; Kestrel's own request-line
/// limit stands above it and only cuts off what no client of this API sends (Kestrel answers that with a bare 414).
/// </summary>
internal static class RequestLimits
{
    public const int MaxUrlLength = 4096;
    public const int MaxRequestLineBytes = 16 * 1024;

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes);
        return builder;
    }

    /// <summary>After <c>UseStatusCodePages</c>, which writes the 414's problem document.</summary>
    public static IApplicationBuilder UseUrlLengthLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var length = string.IsNullOrEmpty(target)
            ? context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length ?? 0
            : target.Length;
        if (length > MaxUrlLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }

        return next(context);
    });
}
