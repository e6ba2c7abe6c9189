using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Microsoft.Extensions.Options;

namespace Governance.Platform.Auditing;

/// <summary>
/// Audits requests refused before any command ran — a missing permission (<c>RequirePermission</c>) or a module switched
/// off for the caller's department — as <c>denied</c> rows naming the endpoint. Refusals inside a command are audited by the
/// command pipeline already and are not written twice.
/// </summary>
internal sealed class DeniedRequestAudit(RequestDelegate next)
{
    private const string AuditedKey = "governance.audit.denied-recorded";

    /// <summary>Marks the request's refusal as audited (by the command pipeline).</summary>
    public static void MarkAudited(HttpContext? context)
    {
        if (context is not null)
        {
            context.Items[AuditedKey] = true;
        }
    }

    public async Task InvokeAsync(HttpContext context, AuditWriter writer, ICurrentUser user, IOptions<AuditOptions> options, ILoadedModules modules)
    {
        try
        {
            await next(context);
        }
        catch (ForbiddenException refused)
        {
            await RecordAsync(context, refused.Message, writer, user, options.Value, modules);
            throw;
        }

        if (context.Response.StatusCode == StatusCodes.Status403Forbidden && user.IsAuthenticated)
        {
            await RecordAsync(context, RefusalReason.Of(context) ?? "请求被拒绝（403）", writer, user, options.Value, modules);
        }
    }

    private static async Task RecordAsync(
        HttpContext context, string detail, AuditWriter writer, ICurrentUser user, AuditOptions options, ILoadedModules modules)
    {
        if (context.Items.ContainsKey(AuditedKey))
        {
            return;
        }

        MarkAudited(context);
        var path = context.Request.Path.Value ?? "";
        var module = modules.OwnerOfPath(path) ?? PlatformNames.Id;
        var route = ((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? path).TrimEnd('/');
        var operation = $"{context.Request.Method} {route}";
        await writer.AppendAsync(
            new AuditEntry(AuditActor.Of(user, context, options), operation, module, null, null, AuditOutcome.Denied, detail),
            context.RequestAborted);
    }
}

public static class DeniedRequestAuditExtensions
{
    /// <summary>Audits the requests refused further down the pipeline (authorization, module switches, handlers).</summary>
    public static IApplicationBuilder UseDeniedRequestAudit(this IApplicationBuilder app) => app.UseMiddleware<DeniedRequestAudit>();
}
