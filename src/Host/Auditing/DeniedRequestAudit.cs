using Governance.Host.Modules;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Microsoft.Extensions.Options;

namespace Governance.Host.Auditing;

/// <summary>
/// Audits requests refused before any command ran — a missing permission (<c>RequirePermission</c>) or a module switched
/// off for the caller's department — as <c>denied</c> rows naming the endpoint. Refusals inside a command are audited by the
/// command pipeline already and are not written twice.
/// </summary>
internal sealed class DeniedRequestAudit(RequestDelegate next)
{
    private const string AuditedKey = "governance.audit.denied-recorded";
    private const string DetailKey = "governance.audit.denied-detail";

    /// <summary>Marks the request's refusal as audited (by the command pipeline).</summary>
    public static void MarkAudited(HttpContext? context)
    {
        if (context is not null)
        {
            context.Items[AuditedKey] = true;
        }
    }

    /// <summary>Says why a refusal that is answered rather than thrown was made, for its audit row.</summary>
    public static void Describe(HttpContext context, string detail) => context.Items[DetailKey] = detail;

    public async Task InvokeAsync(HttpContext context, AuditWriter writer, ICurrentUser user, IOptions<AuditOptions> options, ModuleRuntime runtime)
    {
        try
        {
            await next(context);
        }
        catch (ForbiddenException refused)
        {
            await RecordAsync(context, refused.Message, writer, user, options.Value, runtime);
            throw;
        }

        if (context.Response.StatusCode == StatusCodes.Status403Forbidden && user.IsAuthenticated)
        {
            await RecordAsync(context, context.Items[DetailKey] as string ?? "请求被拒绝（403）", writer, user, options.Value, runtime);
        }
    }

    private static async Task RecordAsync(
        HttpContext context, string detail, AuditWriter writer, ICurrentUser user, AuditOptions options, ModuleRuntime runtime)
    {
        if (context.Items.ContainsKey(AuditedKey))
        {
            return;
        }

        MarkAudited(context);
        var path = context.Request.Path.Value ?? "";
        var module = runtime.Modules.FirstOrDefault(m => path.StartsWith(m.RoutePrefix + "/", StringComparison.OrdinalIgnoreCase)
            || path.Equals(m.RoutePrefix, StringComparison.OrdinalIgnoreCase))?.Id ?? CommandAuditor.PlatformModule;
        var route = ((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? path).TrimEnd('/');
        var operation = $"{context.Request.Method} {route}";
        await writer.AppendAsync(
            new AuditEntry(AuditActor.Of(user, context, options), operation, module, null, null, AuditOutcome.Denied, detail),
            context.RequestAborted);
    }
}
