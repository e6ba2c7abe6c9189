using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Governance.SharedKernel.Errors;
using Microsoft.AspNetCore.Http;

namespace Governance.Modules.Registry.Application.Common;

/// <summary>Optimistic concurrency over HTTP: the row version (PostgreSQL xmin) as ETag, checked against If-Match.</summary>
internal static class ETags
{
    public static string Of(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpContext http, uint version) => http.Response.Headers.ETag = Of(version);

    /// <summary>The version an update expects, from the required If-Match header; 400 when missing or malformed.</summary>
    public static uint Expected(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        if (header.Length > 2 && header[0] == '"' && header[^1] == '"'
            && uint.TryParse(header.AsSpan(1, header.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new ValidationException([new ValidationFailure("ifMatch", header.Length == 0
            ? "修改前请先读取记录，并在 If-Match 请求头中带上它的 ETag"
            : $"If-Match 应为读取记录时得到的 ETag（如 \"1234\"），实际为 {header}")]);
    }

    /// <summary>409 when the record changed since the caller read it.</summary>
    public static void EnsureCurrent(uint actual, uint expected, string what)
    {
        if (actual != expected)
        {
            throw new ConflictException(
                $"{what}已被他人修改（当前版本 {Of(actual)}，您提交的是 {Of(expected)}）。请重新读取后再修改。",
                new Dictionary<string, object?> { ["currentETag"] = Of(actual) });
        }
    }
}
