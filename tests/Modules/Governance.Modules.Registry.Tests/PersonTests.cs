using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Modules.Registry.Tests;

public sealed class PersonTests(RegistryHost host) : IClassFixture<RegistryHost>
{
    private const string Persons = "/api/registry/persons";
    private readonly HttpClient _clerk = host.ClientFor(RegistryHost.Beishan);

    [Fact]
    public async Task Register_get_update_with_etag_and_stale_update_is_409()
    {
        var citizenId = CitizenIds.Next(male: false);
        var created = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(citizenId).With("name", "李四"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await created.Json();
        var id = person.GetProperty("id").GetGuid();
        Assert.Equal($"/api/registry/persons/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("Female", person.GetProperty("sex").GetString());
        Assert.Equal("330106002051", person.GetProperty("scopeCode").GetString());
        Assert.Equal("汉族", person.GetProperty("ethnicityName").GetString());

        var read = await _clerk.GetAsync($"{Persons}/{id}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("李四", (await read.Json()).GetProperty("name").GetString());

        var changes = PersonBodies.Valid().Without("citizenId").With("name", "李四娘").With("phone", "0571-87654321");
        var updated = await _clerk.PutJson($"{Persons}/{id}", changes, etag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(etag, updated.Headers.ETag!.Tag);
        Assert.Equal("李四娘", (await updated.Json()).GetProperty("name").GetString());

        Assert.Equal(["RegisterPerson", "UpdatePerson"], await Sql.Column(host.Database,
            "SELECT operation FROM platform.audit_log WHERE record_id = $1 AND outcome = 'success' AND operation <> 'read' ORDER BY operation",
            id.ToString()));

        var stale = await _clerk.PutJson($"{Persons}/{id}", changes.With("name", "王五"), etag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", (await stale.Json()).GetProperty("detail").GetString());

        var noIfMatch = await _clerk.PutJson($"{Persons}/{id}", changes, null);
        Assert.Equal(HttpStatusCode.BadRequest, noIfMatch.StatusCode);
        Assert.NotEmpty((await noIfMatch.Json()).FieldErrors("ifMatch"));
        Assert.Equal("李四娘", await Sql.Scalar<string>(host.Database, "SELECT name FROM registry.persons WHERE id = $1", id));
        Assert.Equal(1L, await host.Count(
            "SELECT count(*) FROM registry.outbox_messages WHERE type = 'registry.person-updated.v1' AND payload->>'personId' = $1",
            id.ToString()));
    }

    [Fact]
    public async Task Registration_writes_the_registered_event_to_the_outbox_in_the_same_transaction()
    {
        var body = PersonBodies.Valid();
        var id = (await _clerk.PostAsJsonAsync(Persons, body).Ok()).GetProperty("id").GetGuid();

        Assert.Equal(1L, await host.Count(
            "SELECT count(*) FROM registry.outbox_messages WHERE type = 'registry.person-registered.v1' AND payload->>'personId' = $1",
            id.ToString()));

        // A registration that fails (here: a duplicate) writes neither the person nor an event.
        var events = await host.Count("SELECT count(*) FROM registry.outbox_messages");
        var duplicate = await _clerk.PostAsJsonAsync(Persons, body);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(events, await host.Count("SELECT count(*) FROM registry.outbox_messages"));
    }

    [Fact]
    public async Task Duplicate_citizen_id_is_409_with_the_existing_id_also_for_a_legacy_15_digit_number()
    {
        var citizenId = CitizenIds.Create("330106", new DateOnly(1968, 3, 4), 215);
        var first = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(citizenId)).Ok();

        var again = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(citizenId));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await again.Json()).GetProperty("existingId").GetGuid());

        var legacy = citizenId[..6] + citizenId[8..17];
        var twin = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(legacy));
        Assert.Equal(HttpStatusCode.Conflict, twin.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await twin.Json()).GetProperty("existingId").GetGuid());
        Assert.Equal(1L, await host.Count("SELECT count(*) FROM registry.persons WHERE citizen_id = $1", citizenId));
    }

    [Theory]
    [InlineData("33010619850101123", "18 位")]
    [InlineData("33010619850101123A", "第18位应为数字或 X")]
    [InlineData("33010619A501011234", "第9位应为数字")]
    [InlineData("330106198513011234", "出生日期 19851301 不是有效日期")]
    [InlineData("990106198501011234", "前两位 99 不是已知省份")]
    [InlineData("330106209901011234", "晚于今天")]
    public async Task Malformed_citizen_ids_are_400_naming_the_field_and_the_check_with_no_row_written(string citizenId, string expected)
    {
        var before = await host.Count("SELECT count(*) FROM registry.persons");

        var response = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(citizenId));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, string.Join(" ", (await response.Json()).FieldErrors("citizenId")));
        Assert.Equal(before, await host.Count("SELECT count(*) FROM registry.persons"));
    }

    [Fact]
    public async Task A_nul_character_in_a_body_or_a_query_is_400_not_a_database_error()
    {
        var before = await host.Count("SELECT count(*) FROM registry.persons");

        var body = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid().With("name", "张\0三"));
        Assert.Equal(HttpStatusCode.BadRequest, body.StatusCode);
        var problem = await body.Json();
        Assert.Contains("NUL", problem.GetProperty("detail").GetString());
        Assert.Contains("name", problem.GetProperty("path").GetString());

        var query = await _clerk.GetAsync($"{Persons}?name=%E5%BC%A0%00");
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.Contains("NUL", (await query.Json()).GetProperty("detail").GetString());
        Assert.Equal(before, await host.Count("SELECT count(*) FROM registry.persons"));
    }

    [Fact]
    public async Task A_wrong_check_digit_names_position_18_and_the_expected_character()
    {
        var valid = CitizenIds.Next();
        var response = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(CitizenIds.WithWrongCheck(valid)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"第18位校验码应为 {valid[17]}，实际为 {CitizenIds.WithWrongCheck(valid)[17]}",
            Assert.Single((await response.Json()).FieldErrors("citizenId")));
    }

    [Fact]
    public async Task Every_other_field_is_checked_with_its_own_message()
    {
        var body = PersonBodies.Valid(CitizenIds.Next(male: true))
            .With("sex", "Female").With("birthDate", "1999-09-09").With("name", "张3").With("ethnicity", "火星族")
            .With("phone", "12345").With("currentRegionCode", "330106").With("populationType", null)
            .With("householdRegionCode", "990000");

        var problem = await (await _clerk.PostAsJsonAsync(Persons, body)).Json();

        Assert.Contains("第17位", problem.FieldErrors("sex")[0]);
        Assert.Contains("第7–14位", problem.FieldErrors("birthDate")[0]);
        Assert.Contains("姓名只能包含", problem.FieldErrors("name")[0]);
        Assert.Contains("GB/T 3304", problem.FieldErrors("ethnicity")[0]);
        Assert.NotEmpty(problem.FieldErrors("phone"));
        Assert.Contains("乡镇/街道或村/社区级", problem.FieldErrors("currentRegionCode")[0]);
        Assert.Contains("人口类型", problem.FieldErrors("populationType")[0]);
        Assert.Contains("不是已知省份", problem.FieldErrors("householdRegionCode")[0]);
    }

    [Fact]
    public async Task Unknown_region_and_grid_outside_the_region_are_400()
    {
        var unknownVillage = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(region: "330106002999"));
        Assert.Contains("不在区划代码表中", (await unknownVillage.Json()).FieldErrors("currentRegionCode")[0]);

        var unknownGrid = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid().With("gridCode", "330106002051999"));
        Assert.Contains("不存在", (await unknownGrid.Json()).FieldErrors("gridCode")[0]);
    }

    [Fact]
    public async Task Identifiers_are_masked_by_default_and_unmasked_reads_are_audited()
    {
        var citizenId = CitizenIds.Next();
        var id = (await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(citizenId)).Ok()).GetProperty("id").GetGuid();

        var masked = await _clerk.GetFromJsonAsync<JsonElement>($"{Persons}/{id}");
        Assert.Equal(citizenId[..6] + "********" + citizenId[14..], masked.GetProperty("citizenId").GetString());
        Assert.Equal("138****5678", masked.GetProperty("phone").GetString());
        Assert.True(masked.GetProperty("masked").GetBoolean());
        Assert.Equal(0L, await host.Audit.Of(id));

        var officer = host.Unmasking(RegistryHost.Beishan);
        var full = await officer.GetFromJsonAsync<JsonElement>($"{Persons}/{id}");
        Assert.Equal(citizenId, full.GetProperty("citizenId").GetString());
        Assert.Equal("13812345678", full.GetProperty("phone").GetString());
        Assert.False(full.GetProperty("masked").GetBoolean());
        Assert.Equal(1L, await host.Audit.Of(id));
        Assert.Equal(1L, await host.Audit.Of(id, "Registry", "person"));

        var list = await officer.GetFromJsonAsync<JsonElement>($"{Persons}?citizenId={citizenId}");
        Assert.Equal(citizenId, list.GetProperty("items")[0].GetProperty("citizenId").GetString());
        Assert.Equal(2L, await host.Audit.Of(id));
    }

    [Fact]
    public async Task Looking_up_by_a_full_citizen_id_or_phone_without_the_personal_data_permission_is_403_naming_the_parameter()
    {
        var citizenId = CitizenIds.Next();
        await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(citizenId)).Ok();

        var byId = await _clerk.GetAsync($"{Persons}?citizenId={citizenId}");
        Assert.Equal(HttpStatusCode.Forbidden, byId.StatusCode);
        var problem = await byId.Json();
        Assert.Contains("citizenId", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("total", out _));
        var byPhone = await _clerk.GetAsync($"{Persons}?phone=13812345678");
        Assert.Equal(HttpStatusCode.Forbidden, byPhone.StatusCode);
        Assert.Contains("phone", (await byPhone.Json()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _clerk.GetAsync($"{Persons}?name=张")).StatusCode);
    }

    [Fact]
    public async Task A_user_of_another_township_gets_404_and_sees_nothing_in_lists()
    {
        var citizenId = CitizenIds.Next();
        var id = (await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(citizenId)).Ok()).GetProperty("id").GetGuid();
        var neighbour = host.ClientFor(RegistryHost.Xixi);

        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"{Persons}/{id}")).StatusCode);
        var search = await host.Unmasking(RegistryHost.Xixi).GetFromJsonAsync<JsonElement>($"{Persons}?citizenId={citizenId}");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        var all = await neighbour.GetFromJsonAsync<JsonElement>($"{Persons}?pageSize=100");
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        var update = await neighbour.PutJson($"{Persons}/{id}", PersonBodies.Valid().Without("citizenId"), "\"1\"");
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);

        // Registering someone who lives in another township is refused.
        var elsewhere = await neighbour.PostAsJsonAsync(Persons, PersonBodies.Valid());
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Missing_permission_is_403_audited_as_denied_and_no_token_is_401()
    {
        var subject = TestUsers.User(RegistryHost.Beishan, "zfw", "registry.persons.read");
        var reader = host.ClientAs(subject);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync(Persons, PersonBodies.Valid())).StatusCode);
        Assert.Equal(["POST /api/registry/persons|Registry|denied|此操作需要权限 registry.persons.write，当前用户没有该权限。"],
            await Sql.Column(host.Database,
                "SELECT operation || '|' || module || '|' || outcome || '|' || detail FROM platform.audit_log WHERE user_id = $1",
                subject.UserId));
        var nobody = host.ClientWith(RegistryHost.Beishan);
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync(Persons)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Application.Client().GetAsync(Persons)).StatusCode);
    }

    [Fact]
    public async Task Idempotency_key_replay_returns_the_first_result_and_creates_nothing()
    {
        var body = PersonBodies.Valid();
        var key = Guid.NewGuid().ToString();

        var first = await Send(body, key);
        var replay = await Send(body, key);
        var (firstBody, replayBody) = (await first.Json(), await replay.Json());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal(first.Headers.ETag, replay.Headers.ETag);
        Assert.Equal(firstBody.GetProperty("id").GetGuid(), replayBody.GetProperty("id").GetGuid());
        Assert.Equal(1L, await host.Count("SELECT count(*) FROM registry.persons WHERE citizen_id = $1", (string)body["citizenId"]!));
        Assert.Equal(1L, await host.Count(
            "SELECT count(*) FROM registry.outbox_messages WHERE type = 'registry.person-registered.v1' AND payload->>'personId' = $1",
            firstBody.GetProperty("id").GetString()!));

        var reused = await Send(PersonBodies.Valid(), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        var tooLong = await Send(PersonBodies.Valid(), new string('k', 201));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.NotEmpty((await tooLong.Json()).FieldErrors("idempotencyKey"));
    }

    [Fact]
    public async Task Concurrent_submissions_with_one_key_create_one_person()
    {
        var body = PersonBodies.Valid();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Send(body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1L, await host.Count("SELECT count(*) FROM registry.persons WHERE citizen_id = $1", (string)body["citizenId"]!));
    }

    [Fact]
    public async Task Search_filters_sorts_and_pages_on_the_server()
    {
        var village = RegistryHost.Shangbao;
        var names = new[] { "欧阳甲", "欧阳乙", "欧阳丙", "欧阳丁", "欧阳戊" };
        foreach (var name in names)
        {
            await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid().With("name", name).With("populationType", "Floating")).Ok();
        }

        var page1 = await _clerk.GetFromJsonAsync<JsonElement>($"{Persons}?name=欧阳&regionCode={village}&populationType=Floating&sort=name&pageSize=2");
        var page3 = await _clerk.GetFromJsonAsync<JsonElement>($"{Persons}?name=欧阳&regionCode={village}&populationType=Floating&sort=name&pageSize=2&page=3");

        Assert.Equal(5, page1.GetProperty("total").GetInt32());
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        Assert.Single(page3.GetProperty("items").EnumerateArray());
        var sorted = names.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(sorted[..2], page1.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()!));

        var byPhone = await host.Unmasking(RegistryHost.Beishan).GetFromJsonAsync<JsonElement>($"{Persons}?phone=138-1234-5678&name=欧阳甲");
        Assert.Equal(1, byPhone.GetProperty("total").GetInt32());
        var tooBig = await _clerk.GetAsync($"{Persons}?pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.NotEmpty((await tooBig.Json()).FieldErrors("pageSize"));
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Unmasking(RegistryHost.Beishan).GetAsync($"{Persons}?citizenId=123")).StatusCode);
    }

    [Fact]
    public async Task Merging_duplicates_is_logged_published_and_moves_references()
    {
        var wrongId = CitizenIds.Next();
        var rightId = CitizenIds.Next();
        var survivor = (await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(wrongId).Without("phone")).Ok()).GetProperty("id").GetGuid();
        var duplicate = (await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(rightId)).Ok()).GetProperty("id").GetGuid();

        var merged = await _clerk.PostAsJsonAsync($"{Persons}/merges", new
        {
            survivorId = survivor, duplicateId = duplicate, keepDuplicateCitizenId = true, reason = "同一人重复登记，原号码录错",
        }).Ok();

        Assert.Equal(survivor, merged.GetProperty("survivorId").GetGuid());
        Assert.Equal(rightId, await Sql.Scalar<string>(host.Database, "SELECT citizen_id FROM registry.persons WHERE id = $1", survivor));
        Assert.Equal("13812345678", await Sql.Scalar<string>(host.Database, "SELECT phone FROM registry.persons WHERE id = $1", survivor));
        Assert.Equal(0L, await host.Count("SELECT count(*) FROM registry.persons WHERE id = $1", duplicate));
        Assert.Equal(1L, await host.Count(
            "SELECT count(*) FROM registry.person_merges WHERE surviving_person_id = $1 AND merged_person_id = $2 AND previous_citizen_id = $3",
            survivor, duplicate, wrongId));
        Assert.Equal(1L, await host.Count(
            "SELECT count(*) FROM registry.outbox_messages WHERE type = 'registry.persons-merged.v1' AND payload->>'mergedPersonId' = $1",
            duplicate.ToString()));

        var gone = await _clerk.GetAsync($"{Persons}/{duplicate}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains(survivor.ToString(), (await gone.Json()).GetProperty("detail").GetString());
        var log = await _clerk.GetFromJsonAsync<JsonElement>($"{Persons}/merges?personId={survivor}");
        Assert.Equal("merge", log.GetProperty("items")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Correcting_a_wrong_citizen_id_is_logged_and_a_taken_number_is_409()
    {
        var taken = CitizenIds.Next();
        var other = (await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(taken)).Ok()).GetProperty("id").GetGuid();
        var created = await _clerk.PostAsJsonAsync(Persons, PersonBodies.Valid(CitizenIds.Next()));
        var id = (await created.Json()).GetProperty("id").GetGuid();
        var etag = created.Headers.ETag!.Tag;

        var clash = await _clerk.PutJson($"{Persons}/{id}/citizen-id", new { citizenId = taken, reason = "录错" }, etag);
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Equal(other, (await clash.Json()).GetProperty("existingId").GetGuid());

        var corrected = CitizenIds.Next(male: false);
        var fixedPerson = await _clerk.PutJson($"{Persons}/{id}/citizen-id", new { citizenId = corrected, reason = "录错" }, etag).Ok();
        Assert.Equal("Female", fixedPerson.GetProperty("sex").GetString());
        Assert.Equal(1L, await host.Count(
            "SELECT count(*) FROM registry.person_merges WHERE kind = 'correction' AND surviving_person_id = $1 AND citizen_id = $2", id, corrected));
    }

    private Task<HttpResponseMessage> Send(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Persons) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return _clerk.SendAsync(request);
    }
}
