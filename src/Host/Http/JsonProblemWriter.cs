using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Governance.Host.Http;

/// <summary>
/// Writes every problem document as <c>application/problem+json</c>, whatever the request's Accept header says. The
/// framework's writer declines a client that accepts no JSON (<c>Accept: application/xml</c>), which left errors without a
/// body and turned a handled exception into an empty 500.
/// </summary>
internal sealed class JsonProblemWriter(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public const string MediaType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(
            problem, problem.GetType(), json.Value.SerializerOptions, MediaType, http.RequestAborted));
    }
}
