using FluentValidation;
using FluentValidation.Results;
using Governance.SharedKernel.Errors;

namespace Governance.Host.Accounts.Http;

/// <summary>The record's <c>xmin</c> as its ETag, and the If-Match a write may carry to refuse stale changes (409).</summary>
internal static class EntityTags
{
    public static string Format(uint version) => $"\"{version}\"";

    /// <summary>The version the request's If-Match names; null without one; 400 when it is not an ETag of this API.</summary>
    public static uint? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && uint.TryParse(tag[1..^1], out var version))
        {
            return version;
        }

        throw new ValidationException([
            new ValidationFailure("IfMatch", $"If-Match 应为读取记录时响应头 ETag 的值（如 \"123\"），而不是 {header}"),
        ]);
    }

    /// <summary>409 when the caller read an older version of the record than the stored one.</summary>
    public static void EnsureCurrent(uint? expected, uint actual, string record)
    {
        if (expected is { } version && version != actual)
        {
            throw new ConflictException(
                $"{record}已被他人修改（If-Match 为 {Format(version)}，当前为 {Format(actual)}）。请重新读取后再提交。");
        }
    }

    /// <summary>200 with the record and its ETag.</summary>
    public static IResult Ok<T>(HttpContext context, T record, uint version)
    {
        context.Response.Headers.ETag = Format(version);
        return TypedResults.Ok(record);
    }
}
