using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Governance.Testing;
using MiniExcelLibs;

namespace Governance.Modules.Registry.Tests;

public sealed class PersonImportTests(RegistryHost host) : IClassFixture<RegistryHost>
{
    private const string Imports = "/api/registry/persons/imports";
    private const string Header = "身份证号,姓名,性别,出生日期,民族,户籍地区划代码,户籍地址,现住地区划代码,网格编码,现住地址,联系电话,人口类型";

    private readonly HttpClient _clerk = host.ClientFor(RegistryHost.Beishan);

    [Fact]
    public async Task A_csv_ledger_keeps_good_rows_reports_bad_ones_and_a_reimport_updates_instead_of_duplicating()
    {
        var (a, b, c) = (CitizenIds.Next(), CitizenIds.Next(male: false), CitizenIds.Next());
        var wrong = CitizenIds.WithWrongCheck(CitizenIds.Next());
        var lines = new[]
        {
            Row(a, "赵一"),
            Row(b, "钱二", sex: "女"),
            Row(wrong, "孙三"),
            Row(CitizenIds.Next(), "李四", region: "330106002999"),
            Row(a, "赵一重复"),
            Row(CitizenIds.Next(), ""),
            Row(CitizenIds.Next(male: true), "周五", sex: "女"),
            Row(c, "吴六", phone: "0571-87654321", type: "流动"),
        };

        var import = await ImportAsync(Csv(lines), "台账.csv");

        Assert.Equal("Succeeded", import.GetProperty("state").GetString());
        Assert.Equal(8, import.GetProperty("rowsRead").GetInt32());
        Assert.Equal(3, import.GetProperty("inserted").GetInt32());
        Assert.Equal(5, import.GetProperty("rowsInvalid").GetInt32());
        var errors = import.GetProperty("errors").GetProperty("items").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Reason: e.GetProperty("reason").GetString()!))
            .ToList();
        Assert.Contains(errors, e => e is { Row: 4, Column: "身份证号" } && e.Reason.Contains("第18位校验码"));
        Assert.Contains(errors, e => e is { Row: 5, Column: "现住地区划代码" } && e.Reason.Contains("不在区划代码表中"));
        Assert.Contains(errors, e => e is { Row: 6, Column: "身份证号" } && e.Reason.Contains("与第 2 行"));
        Assert.Contains(errors, e => e is { Row: 7, Column: "姓名" });
        Assert.Contains(errors, e => e is { Row: 8, Column: "性别" } && e.Reason.Contains("第17位"));
        Assert.Equal(2, await Sql.Scalar<int>(host.Database, "SELECT population_type FROM registry.persons WHERE citizen_id = $1", c));
        Assert.Equal(1L, await host.Count(
            "SELECT count(*) FROM registry.outbox_messages WHERE type = 'registry.persons-imported.v1' AND payload->>'importId' = $1",
            import.GetProperty("id").GetString()!));

        var again = await ImportAsync(Csv(lines), "台账.csv");
        Assert.Equal(0, again.GetProperty("inserted").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());

        var renamed = await ImportAsync(Csv([Row(a, "赵一改名"), Row(b, "钱二")]), "台账-更新.csv");
        Assert.Equal(1, renamed.GetProperty("updated").GetInt32());
        Assert.Equal(1L, await host.Count("SELECT count(*) FROM registry.persons WHERE citizen_id = $1 AND name = '赵一改名'", a));
        Assert.Equal(1L, await host.Count("SELECT count(*) FROM registry.persons WHERE citizen_id = $1", a));
    }

    [Fact]
    public async Task An_xlsx_ledger_is_imported_with_numbers_and_dates_as_excel_stores_them()
    {
        var (a, b) = (CitizenIds.Next(year: 1990), CitizenIds.Next());
        var birthOfA = DateTime.ParseExact(a[6..14], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var rows = new[]
        {
            XlsxRow(a, "郑七", phone: 13912345678d, birth: birthOfA),
            XlsxRow(b, "王八", phone: null, birth: null),
            XlsxRow(CitizenIds.WithWrongCheck(CitizenIds.Next()), "冯九", phone: null, birth: null),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows);

        var import = await ImportAsync(stream.ToArray(), "台账.xlsx");

        Assert.Equal("Succeeded", import.GetProperty("state").GetString());
        Assert.Equal(2, import.GetProperty("inserted").GetInt32());
        Assert.Equal(4, Assert.Single(import.GetProperty("errors").GetProperty("items").EnumerateArray()).GetProperty("row").GetInt32());
        Assert.Equal("13912345678", await Sql.Scalar<string>(host.Database, "SELECT phone FROM registry.persons WHERE citizen_id = $1", a));
    }

    [Fact]
    public async Task A_gbk_csv_from_excel_is_read()
    {
        var id = CitizenIds.Next();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(string.Join("\r\n", [Header, Row(id, "欧阳修")]));

        var import = await ImportAsync(gbk, "gbk.csv");

        Assert.Equal(1, import.GetProperty("inserted").GetInt32());
        Assert.Equal("欧阳修", await Sql.Scalar<string>(host.Database, "SELECT name FROM registry.persons WHERE citizen_id = $1", id));
    }

    [Fact]
    public async Task Rows_outside_the_jurisdiction_are_refused_row_by_row()
    {
        var id = CitizenIds.Next();
        var import = await ImportAsync(Csv([Row(id, "外街道", region: RegistryHost.XixiVillage)]), "外.csv");

        Assert.Equal(0, import.GetProperty("inserted").GetInt32());
        Assert.Contains("不在您的辖区", import.GetProperty("errors").GetProperty("items")[0].GetProperty("reason").GetString());
        Assert.Equal(0L, await host.Count("SELECT count(*) FROM registry.persons WHERE citizen_id = $1", id));
    }

    [Theory]
    [InlineData("old.xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 1, 2 }, ".xls")]
    [InlineData("fake.xlsx", new byte[] { 1, 2, 3, 4, 5 }, "不是有效的 .xlsx")]
    [InlineData("data.json", new byte[] { 0x7B, 0x7D }, "只支持 .csv 和 .xlsx")]
    [InlineData("empty.csv", new byte[0], "空的")]
    public async Task Files_that_are_not_ledgers_are_400(string name, byte[] content, string expected)
    {
        var before = await host.Count("SELECT count(*) FROM registry.person_imports");

        var response = await _clerk.PostAsync(Imports, RegionTests.Upload(content, name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Json()).FieldErrors("file")[0]);
        Assert.Equal(before, await host.Count("SELECT count(*) FROM registry.person_imports"));
    }

    [Fact]
    public async Task A_header_without_required_columns_and_a_broken_zip_are_400()
    {
        var missing = await _clerk.PostAsync(Imports, RegionTests.Upload("姓名,电话\n张三,13812345678\n"u8.ToArray(), "a.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("身份证号", (await missing.Json()).FieldErrors("file")[0]);

        var zip = await _clerk.PostAsync(Imports, RegionTests.Upload([0x50, 0x4B, 0x03, 0x04, 0, 0, 0], "b.xlsx"));
        Assert.Equal(HttpStatusCode.BadRequest, zip.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _clerk.PostAsync(Imports, new StringContent("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await host.ClientWith(RegistryHost.Beishan, "registry.persons.write").PostAsync(Imports, RegionTests.Upload([1], "a.csv"))).StatusCode);
    }

    [Fact]
    public async Task An_import_that_fails_while_merging_writes_nothing()
    {
        await Sql.Execute(host.Database, """
            CREATE FUNCTION registry.refuse_test_row() RETURNS trigger AS $$
            BEGIN IF NEW.name = '触发失败' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER refuse_test_row BEFORE INSERT ON registry.persons FOR EACH ROW EXECUTE FUNCTION registry.refuse_test_row();
            """);
        try
        {
            var good = CitizenIds.Next();
            var import = await ImportAsync(Csv([Row(good, "正常"), Row(CitizenIds.Next(), "触发失败")]), "fails.csv");

            Assert.Equal("Failed", import.GetProperty("state").GetString());
            Assert.Contains("未写入任何数据", import.GetProperty("error").GetString());
            Assert.Equal(0L, await host.Count("SELECT count(*) FROM registry.persons WHERE citizen_id = $1", good));
            Assert.Equal(0L, await host.Count(
                "SELECT count(*) FROM registry.outbox_messages WHERE type = 'registry.persons-imported.v1' AND payload->>'importId' = $1",
                import.GetProperty("id").GetString()!));
        }
        finally
        {
            await Sql.Execute(host.Database, "DROP TRIGGER refuse_test_row ON registry.persons; DROP FUNCTION registry.refuse_test_row();");
        }
    }

    [Fact]
    public async Task An_import_a_stopped_host_left_running_is_run_again_and_one_whose_file_is_gone_fails()
    {
        var folder = Directory.CreateTempSubdirectory("registry-import-test-").FullName;
        var path = Path.Combine(folder, "left.csv");
        var citizenId = CitizenIds.Next();
        await File.WriteAllBytesAsync(path, Csv([Row(citizenId, "重启后导入")]));
        var (interrupted, lost) = (Guid.NewGuid(), Guid.NewGuid());
        foreach (var (id, file) in new[] { (interrupted, path), (lost, Path.Combine(folder, "gone.csv")) })
        {
            // As a host leaves them when it stops mid-import: running, its file on this machine, no worker holding it.
            await Sql.Execute(host.Database,
                "INSERT INTO registry.person_imports (id, file_name, format, state, rows_read, rows_valid, rows_invalid, inserted, updated, " +
                "jurisdiction, created_at, file_path, host) VALUES ($1, 'x.csv', 'csv', 2, 10, 10, 0, 0, 0, $2, now() - interval '1 minute', $3, $4)",
                id, RegistryHost.Beishan, file, Environment.MachineName);
        }

        await using var restarted = await TestHost.StartAsync(RegistryHost.PluginsPath, host.Database);

        var resumed = await Eventually.Get(
            () => _clerk.GetFromJsonAsync<JsonElement>($"{Imports}/{interrupted}"),
            i => i.GetProperty("state").GetString() is "Succeeded" or "Failed", what: "the interrupted import to run again");
        Assert.Equal("Succeeded", resumed.GetProperty("state").GetString());
        Assert.Equal(1, resumed.GetProperty("inserted").GetInt32());
        Assert.Equal(1L, await host.Count("SELECT count(*) FROM registry.persons WHERE citizen_id = $1", citizenId));
        Assert.False(File.Exists(path));

        var failed = await Eventually.Get(
            () => _clerk.GetFromJsonAsync<JsonElement>($"{Imports}/{lost}"),
            i => i.GetProperty("state").GetString() is "Succeeded" or "Failed", what: "the import without its file to fail");
        Assert.Equal("Failed", failed.GetProperty("state").GetString());
        Assert.Contains("已不在导入目录中", failed.GetProperty("error").GetString());
        Directory.Delete(folder, recursive: true);
    }

    private async Task<JsonElement> ImportAsync(byte[] content, string fileName)
    {
        var accepted = await _clerk.PostAsync(Imports, RegionTests.Upload(content, fileName));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!.OriginalString;
        return await Eventually.Get(
            () => _clerk.GetFromJsonAsync<JsonElement>(location + "?pageSize=100"),
            i => i.GetProperty("state").GetString() is "Succeeded" or "Failed", what: "the import to finish");
    }

    private static byte[] Csv(IEnumerable<string> rows) => Encoding.UTF8.GetBytes(string.Join("\n", rows.Prepend(Header)) + "\n");

    private static string Row(string id, string name, string sex = "", string region = RegistryHost.Shangbao, string phone = "13812345678", string type = "户籍") =>
        $"{id},{name},{sex},,汉族,330106,\"西湖区某路, 1号\",{region},,北山街道某弄 3 号,{phone},{type}";

    private static Dictionary<string, object?> XlsxRow(string id, string name, double? phone, DateTime? birth) => new()
    {
        ["身份证号"] = id,
        ["姓名"] = name,
        ["出生日期"] = birth,
        ["民族"] = "汉",
        ["现住地区划代码"] = RegistryHost.Shangbao,
        ["现住地址"] = "上保社区 5 幢",
        ["联系电话"] = phone,
        ["人口类型"] = "户籍人口",
    };
}
