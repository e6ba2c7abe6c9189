using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Governance.Modules.Registry.Infrastructure.Files;

/// <summary>An uploaded file saved to disk: its name as the client gave it and where it now is.</summary>
internal sealed record UploadedFile(string FileName, string Path, long Length);

/// <summary>
/// Streams the first file of a multipart/form-data request to disk, without buffering it in memory and with the
/// module's own size limit instead of the server's default.
/// </summary>
internal static class Uploads
{
    public const string Field = "file";

    public static bool HasMultipartBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    public static async Task<UploadedFile> SaveAsync(HttpRequest request, string folder, long maxBytes, CancellationToken ct)
    {
        if (!HasMultipartBody(request)
            || HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value is not { Length: > 0 } boundary)
        {
            throw Invalid("请以 multipart/form-data 上传文件（字段名 file）");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + (1 << 20);
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await ReadAsync(() => reader.ReadNextSectionAsync(ct)) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data")
                || string.IsNullOrEmpty(disposition.FileName.Value ?? disposition.FileNameStar.Value))
            {
                continue;
            }

            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.upload");
            var length = await CopyAsync(section.Body, path, maxBytes, ct);
            var name = Path.GetFileName(disposition.FileNameStar.Value ?? disposition.FileName.Value!);
            return new UploadedFile(name, path, length);
        }

        throw Invalid("请求中没有文件：请在 multipart/form-data 的 file 字段中上传");
    }

    public static void Delete(UploadedFile file)
    {
        try
        {
            File.Delete(file.Path);
        }
        catch (IOException)
        {
        }
    }

    public static ValidationException Invalid(string message) => new([new ValidationFailure(Field, message)]);

    // A body that ends before its closing boundary, or whose parts are malformed, is the client's fault, not the server's
    // (BadHttpRequestException, an IOException too, is the server's limit on the body size: it stays a 413).
    private static async Task<T> ReadAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is IOException and not BadHttpRequestException or InvalidDataException)
        {
            throw Invalid("上传内容不是完整的 multipart/form-data 请求，请重新选择文件上传");
        }
    }

    private static async Task<long> CopyAsync(Stream source, string path, long maxBytes, CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        try
        {
            int read;
            while ((read = await ReadAsync(() => source.ReadAsync(buffer, ct).AsTask())) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw Invalid($"文件超过 {maxBytes / (1 << 20)} MB 的上限，请拆分后分批上传");
                }

                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        catch
        {
            await target.DisposeAsync();
            File.Delete(path);
            throw;
        }

        if (total == 0)
        {
            await target.DisposeAsync();
            File.Delete(path);
            throw Invalid("上传的文件是空的");
        }

        return total;
    }
}
