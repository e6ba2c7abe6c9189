namespace Governance.Host.Http;

/// <summary>
/// The security headers of every response — the API, the web UI's files and Swagger UI: a content security policy that
/// forbids framing, no MIME sniffing, no referrer, and HSTS on HTTPS.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Swagger UI styles its elements inline and draws its icons as data: images; it runs no inline script.
    public const string SwaggerPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>First in the pipeline. The headers go on when the response starts: the exception handler clears earlier ones.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") ? SwaggerPolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
