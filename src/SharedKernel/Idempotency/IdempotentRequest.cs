using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Governance.SharedKernel.Idempotency;

/// <summary>One request carrying an Idempotency-Key: claims the key, runs once, stores or replays the response.</summary>
internal sealed class IdempotentRequest(
    ModuleDbContext db, ICurrentUser user, IOptions<HttpJsonOptions> json, TimeProvider clock)
{
    public async ValueTask<object?> RunAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var ct = http.RequestAborted;
        var key = ReadKey(http.Request);
        var scope = $"{user.UserId?.ToString() ?? "anonymous"} {http.Request.Method} {http.Request.Path}";
        var hash = RequestHash(context);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // A concurrent first request holding the same key makes this insert wait until it commits or rolls back.
        var claimed = await ExecuteAsync(
            "INSERT INTO {table} (scope, key, request_hash, status_code, created_at) VALUES ({0}, {1}, {2}, 0, {3}) " +
            "ON CONFLICT DO NOTHING",
            [scope, key, hash, clock.GetUtcNow()], ct);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct);
            return await ReplayAsync(http, scope, key, hash, ct);
        }

        var result = await next(context);
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        if (status is < 200 or >= 300)
        {
            await transaction.RollbackAsync(ct);
            return result;
        }

        await db.SaveChangesAsync(ct);
        var etag = http.Response.Headers.ETag.ToString();
        await ExecuteAsync(
            "UPDATE {table} SET status_code = {0}, response_body = {1}::jsonb, location = {2}, e_tag = {3} " +
            "WHERE scope = {4} AND key = {5}",
            [status, Body(result), Location(result, http), etag.Length > 0 ? etag : null, scope, key],
            ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    // The table name cannot be a parameter; the schema is a validated snake_case name (ModuleNaming). EF maps no type
    // for a null or DBNull value, so those go as untyped parameters.
#pragma warning disable EF1003
    private Task<int> ExecuteAsync(string sql, object?[] parameters, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            sql.Replace("{table}", $"\"{db.Schema}\".{IdempotencyModel.Table}", StringComparison.Ordinal),
            parameters.Select(p => p ?? new NpgsqlParameter { Value = DBNull.Value }), ct);
#pragma warning restore EF1003

    private static string ReadKey(HttpRequest request)
    {
        var key = request.Headers[IdempotencyEndpointExtensions.HeaderName].ToString().Trim();
        if (key.Length is 0 or > IdempotencyEndpointExtensions.MaxKeyLength || key.Any(char.IsControl))
        {
            throw new ValidationException([new ValidationFailure("idempotencyKey",
                $"Idempotency-Key 应为 1–{IdempotencyEndpointExtensions.MaxKeyLength} 个可见字符（建议用 UUID）")]);
        }

        return key;
    }

    private async Task<object?> ReplayAsync(HttpContext http, string scope, string key, string? hash, CancellationToken ct)
    {
        var stored = await db.Set<IdempotencyRecord>().AsNoTracking()
            .SingleAsync(r => r.Scope == scope && r.Key == key, ct);
        if (stored.RequestHash != hash)
        {
            throw new BusinessRuleException(
                "此 Idempotency-Key 已用于另一个内容不同的请求；新的请求请使用新的 Idempotency-Key。",
                new Dictionary<string, object?> { ["idempotencyKey"] = key });
        }

        http.Response.Headers[IdempotencyEndpointExtensions.ReplayedHeaderName] = "true";
        if (stored.Location is not null)
        {
            http.Response.Headers.Location = stored.Location;
        }

        if (stored.ETag is not null)
        {
            http.Response.Headers.ETag = stored.ETag;
        }

        return stored.ResponseBody is null
            ? Results.StatusCode(stored.StatusCode)
            : Results.Text(stored.ResponseBody, "application/json", Encoding.UTF8, stored.StatusCode);
    }

    private string? RequestHash(EndpointFilterInvocationContext context)
    {
        var bodyType = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var body = bodyType is null ? null : context.Arguments.FirstOrDefault(a => a?.GetType() == bodyType);
        return body is null
            ? null
            : Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, bodyType!, json.Value.SerializerOptions)));
    }

    private string? Body(object? result) =>
        result is IValueHttpResult { Value: { } value }
            ? JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions)
            : null;

    // Created/Accepted results carry their location as a property, not as a response header.
    private static string? Location(object? result, HttpContext http) =>
        result?.GetType().GetProperty("Location")?.GetValue(result) as string
        ?? (http.Response.Headers.Location.ToString() is { Length: > 0 } header ? header : null);
}
