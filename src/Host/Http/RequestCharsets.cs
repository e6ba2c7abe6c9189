using System.Text;
using Microsoft.Net.Http.Headers;

namespace Governance.Host.Http;

/// <summary>
/// Refuses a request whose body is in a character set .NET cannot decode (<c>charset=utf-7</c>) with a 415, before binding:
/// the framework's JSON reader throws an InvalidOperationException on one, which ended as a 500.
/// </summary>
internal static class RequestCharsets
{
    /// <summary>After <c>UseStatusCodePages</c>, which writes the 415's problem document.</summary>
    public static IApplicationBuilder UseKnownRequestCharsets(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue
            && !IsKnown(type.Charset.Value!))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }

        return next(context);
    });

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset.Trim('"'));
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // An unknown name, or UTF-7, which .NET no longer decodes.
            return false;
        }
    }
}
