using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Host;
using Governance.Platform.Accounts.Security;
using Governance.Platform.Tests.Accounts;
using Governance.Testing;

namespace Governance.Platform.Tests.Attachments;

public sealed class AttachmentTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    private readonly TestPluginsFolder _plugins = TestPluginsFolder.With("Sender");
    private readonly string _folder = Directory.CreateTempSubdirectory("governance-attachments-").FullName;
    private readonly TokenSubject _clerk = TestUsers.User("330106001");
    private string _database = "";
    private GovernanceApplication _host = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        _host = await TestHost.StartAsync(_plugins.Path, _database, new Dictionary<string, string?> { ["Attachments:MaxBytes"] = "4096" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _plugins.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_photo_is_attached_listed_and_downloaded_unchanged()
    {
        var noteId = await Note("330106001002");

        var upload = await Upload(_clerk, noteId, "现场照片.png", Png);

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var created = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("image/png", created.GetProperty("contentType").GetString());
        Assert.Equal(Png.Length, created.GetProperty("size").GetInt64());
        var list = await _host.ClientAs(_clerk).GetFromJsonAsync<JsonElement>($"/api/attachments/Sender/note/{noteId}");
        Assert.Equal("现场照片.png", Assert.Single(list.EnumerateArray()).GetProperty("fileName").GetString());
        var download = await _host.ClientAs(_clerk).GetAsync($"/api/attachments/{created.GetProperty("id").GetGuid()}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(_clerk.UserName, await Sql.Scalar<string>(_database,
            "SELECT user_name FROM platform.audit_log WHERE operation = 'read' AND record_type = 'note.attachment' AND record_id = $1",
            created.GetProperty("id").GetGuid().ToString()));
        Assert.Equal(1L, await Sql.Scalar<long>(_database,
            "SELECT count(*) FROM platform.audit_log WHERE operation = 'UploadAttachment' AND outcome = 'success'"));
    }

    [Fact]
    public async Task Office_documents_are_recognised_from_their_content()
    {
        var noteId = await Note("330106001");

        var upload = await Upload(_clerk, noteId, "调解协议.docx", OfficeFile("word/document.xml"));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentType").GetString());
    }

    [Theory]
    [InlineData("说明.txt", "不是允许的类型")]
    [InlineData("伪装.pdf", "与文件内容（PNG 图片）不符")]
    [InlineData("太大.png", "文件超过上限")]
    public async Task Files_refused_by_content_get_400_naming_the_file_field_and_nothing_is_stored(string fileName, string reason)
    {
        var noteId = await Note("330106001");
        var content = fileName switch
        {
            "说明.txt" => "plain text"u8.ToArray(),
            "太大.png" => [.. Png, .. new byte[5000]],
            _ => Png,
        };

        var upload = await Upload(_clerk, noteId, fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        var problem = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(0L, await Sql.Scalar<long>(_database, "SELECT count(*) FROM platform.attachments"));
    }

    [Fact]
    public async Task Callers_outside_the_records_jurisdiction_get_404_on_upload_list_and_download()
    {
        var noteId = await Note("330106001");
        var created = await (await Upload(_clerk, noteId, "照片.png", Png)).Content.ReadFromJsonAsync<JsonElement>();
        var stranger = _host.ClientAs(TestUsers.User("330106002"));

        Assert.Equal(HttpStatusCode.NotFound, (await Upload(TestUsers.User("330106002"), noteId, "照片.png", Png)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/attachments/Sender/note/{noteId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await stranger.GetAsync($"/api/attachments/{created.GetProperty("id").GetGuid()}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Upload(_clerk, noteId, "照片.png", Png, recordType: "petition")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client().GetAsync($"/api/attachments/Sender/note/{noteId}")).StatusCode);
    }

    [Fact]
    public async Task A_department_with_the_module_switched_off_gets_403_on_upload_and_list_and_a_download_is_answered_as_missing()
    {
        var noteId = await Note("330106001");
        var created = await (await Upload(_clerk, noteId, "照片.png", Png)).Content.ReadFromJsonAsync<JsonElement>();
        var civilAffairs = TestUsers.User("330106001", "mzj");
        var client = _host.ClientAs(civilAffairs);

        var list = await client.GetAsync($"/api/attachments/Sender/note/{noteId}");
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Contains("本部门未开通「测试发送模块」模块 (Sender)", (await Problems.Read(list)).Detail());
        // A download names no module: a 403 would tell that the attachment exists and whose it is.
        var id = created.GetProperty("id").GetGuid();
        var download = await client.GetAsync($"/api/attachments/{id}/content");
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal($"附件 {id} 不存在，或不在您的辖区与权限之内。", (await Problems.Read(download)).Detail());
        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(civilAffairs, noteId, "照片.png", Png)).StatusCode);
        Assert.Equal(1L, await Sql.Scalar<long>(_database, "SELECT count(*) FROM platform.attachments"));
        Assert.Equal(0L, await Sql.Scalar<long>(_database,
            "SELECT count(*) FROM platform.audit_log WHERE operation = 'read' AND record_type = 'note.attachment'"));
    }

    [Fact]
    public async Task With_a_configured_folder_the_bytes_are_kept_as_files_not_in_the_database()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(_plugins.Path, database,
            new Dictionary<string, string?> { ["Attachments:Folder"] = _folder });
        var note = await host.ClientAs(_clerk).PostAsJsonAsync("/api/sender/notes", new { text = "存文件夹", scopeCode = "330106001" });
        var noteId = (await note.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var file = new ByteArrayContent(Png);
        var upload = await host.ClientAs(_clerk).PostAsync($"/api/attachments/Sender/note/{noteId}",
            new MultipartFormDataContent { { file, "file", "照片.png" } });
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(Png, await File.ReadAllBytesAsync(Directory.EnumerateFiles(_folder, id.ToString("N"), SearchOption.AllDirectories).Single()));
        Assert.Equal(0L, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.attachment_contents"));
        Assert.Equal(Png, await (await host.ClientAs(_clerk).GetAsync($"/api/attachments/{id}/content")).Content.ReadAsByteArrayAsync());
    }

    private async Task<string> Note(string scopeCode)
    {
        var response = await _host.ClientAs(_clerk).PostAsJsonAsync("/api/sender/notes", new { text = "附件测试", scopeCode });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ToString();
    }

    private Task<HttpResponseMessage> Upload(TokenSubject user, string noteId, string fileName, byte[] content, string recordType = "note")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return _host.ClientAs(user).PostAsync($"/api/attachments/Sender/{recordType}/{noteId}", form);
    }

    private static byte[] OfficeFile(string mainPart)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", mainPart })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<xml/>");
            }
        }

        return buffer.ToArray();
    }
}
