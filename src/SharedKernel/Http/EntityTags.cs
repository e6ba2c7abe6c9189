using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Governance.SharedKernel.Errors;
using Microsoft.AspNetCore.Http;

namespace Governance.SharedKernel.Http;

/// <summary>Optimistic concurrency over HTTP: a record's row version (PostgreSQL <c>xmin</c>) as its ETag, checked against If-Match.</summary>
public static class EntityTags
{
    public static string Format(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpContext context, uint version) => context.Response.Headers.ETag = Format(version);

    /// <summary>The version the request's If-Match names; null without one; 400 when it is not an ETag of this API.</summary>
    public static uint? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
            && uint.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new ValidationException([
            new ValidationFailure("ifMatch", $"If-Match 应为读取记录时响应头 ETag 的值（如 \"123\"），而不是 {header}"),
        ]);
    }

    /// <summary>The version an update expects, from the If-Match header it must carry; 400 when missing or malformed.</summary>
    public static uint Required(HttpRequest request) =>
        IfMatch(request) ?? throw new ValidationException([
            new ValidationFailure("ifMatch", "修改前请先读取记录，并在 If-Match 请求头中带上它的 ETag"),
        ]);

    /// <summary>409 when the caller read an older version of the record than the stored one.</summary>
    public static void EnsureCurrent(uint? expected, uint actual, string record)
    {
        if (expected is { } version && version != actual)
        {
            throw new ConflictException(
                $"{record}已被他人修改（If-Match 为 {Format(version)}，当前为 {Format(actual)}）。请重新读取后再提交。",
                new Dictionary<string, object?> { ["currentETag"] = Format(actual) });
        }
    }

    /// <summary>200 with the record and its ETag.</summary>
    public static IResult Ok<T>(HttpContext context, T record, uint version)
    {
        Set(context, version);
        return TypedResults.Ok(record);
    }
}
