using System.Net.Http.Json;
using System.Text.Json;
using Governance.SharedKernel.Security;
using Xunit.Abstractions;

namespace Governance.ReliabilityTests.Authorisation;

/// <summary>
/// Who may see what, generated: every identity (anonymous, another township, a department with the modules switched off,
/// a grid worker of another grid, a township user without a module's permissions, every seeded role) tries every
/// operation of every OpenAPI document about every guarded record of 上保社区, every list, export, statistic and to-do
/// list, and the attachments. A refusal must also be the one a record that does not exist gets, or it tells that the
/// record exists. Nothing here names a module: a new module is covered once its records exist.
/// </summary>
public sealed class AuthorisationMatrixTests(AuthorisationMatrix county, ITestOutputHelper output) : IClassFixture<AuthorisationMatrix>
{
    [Fact]
    public void Every_module_operation_requires_a_permission_of_its_module_unless_it_is_open_on_purpose()
    {
        var modules = county.Application.Runtime.Modules.ToDictionary(m => m.DocumentName, m => m.Manifest);
        var unguarded = county.Operations
            .Where(o => modules.ContainsKey(o.Document) && !o.AllowsAnonymous && !o.AllowsAnySignedInUser)
            .Where(o => !o.Permissions.Intersect(modules[o.Document].Permissions.Select(p => p.Name)).Any())
            .Select(o => $"{o} requires {(o.Permissions.Count == 0 ? "no permission" : string.Join(" or ", o.Permissions))}")
            .ToList();

        Assert.True(unguarded.Count == 0, "operations without a permission check of their module:\n" + string.Join('\n', unguarded));
    }

    [Fact]
    public async Task No_identity_is_answered_about_or_changes_a_record_it_may_not_see()
    {
        var leaks = new List<string>();
        var tried = 0;
        foreach (var identity in county.Identities)
        {
            var client = county.ClientOf(identity);
            foreach (var request in RecordRequests().Where(r => identity.IsBarredFrom(r.Record!.Module)))
            {
                var before = await ETagAsync(request.Record!);
                var answer = await county.SendAsync(client, county.Requests.Message(request, before));
                tried++;
                if (answer.IsSuccess)
                {
                    leaks.Add($"{identity}: {request} answered {answer.Status}: {Cut(answer.Text)}");
                }
                else if (await ETagAsync(request.Record!) != before)
                {
                    leaks.Add($"{identity}: {request} answered {answer.Status} but changed the record");
                }
                else if (MatrixRequests.ForAnotherRecord(request) is var (missing, key)
                         && await county.SendAsync(client, county.Requests.Message(missing, before)) is var absent
                         && absent.Text.Replace(key, "{key}") != answer.Text.Replace(request.Record!.Key, "{key}"))
                {
                    leaks.Add($"{identity}: {request} answered {answer.Status} {Cut(answer.Text)}, but {absent.Status} {Cut(absent.Text)} "
                        + "for a record that does not exist: the answer tells that it exists");
                }
            }
        }

        output.WriteLine($"record requests by barred identities: {tried}, leaks: {leaks.Count}");
        Assert.True(tried > 500, $"only {tried} requests about records were tried");
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n" + string.Join('\n', leaks));
    }

    [Fact]
    public async Task No_list_export_statistic_or_to_do_list_shows_or_counts_a_record_its_caller_may_not_see()
    {
        var leaks = new List<string>();
        var compared = 0;
        foreach (var identity in county.Identities)
        {
            var client = county.ClientOf(identity);
            foreach (var request in county.RequestsWithoutRecord())
            {
                var module = county.ModuleOf(request.Operation);
                var barred = module is null ? county.Guarded.Records.All(r => identity.IsBarredFrom(r.Module)) : identity.IsBarredFrom(module);
                var answer = await county.SendAsync(client, county.Requests.Message(request, null));
                var shown = county.Guarded.Records.Where(r => identity.IsBarredFrom(r.Module) && (module is null || r.Module == module)
                    && answer.Text.Contains(r.Key, StringComparison.OrdinalIgnoreCase)).ToList();
                if (shown.Count > 0)
                {
                    leaks.Add($"{identity}: {request} shows {string.Join(", ", shown.Select(r => r.Url))}");
                }

                if (barred)
                {
                    compared++;
                    var earlier = county.Before[(identity, request.Url)];
                    if (earlier != answer)
                    {
                        leaks.Add($"{identity}: {request} answered {earlier.Status} {Cut(earlier.Text)} before the records existed, "
                            + $"{answer.Status} {Cut(answer.Text)} after");
                    }
                }
            }
        }

        output.WriteLine($"answers compared before and after the records: {compared}, leaks: {leaks.Count}");
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n" + string.Join('\n', leaks));
    }

    [Fact]
    public async Task Full_citizen_id_and_phone_numbers_reach_only_the_personal_data_permission_and_each_such_read_is_audited_once()
    {
        Assert.NotEmpty(county.Guarded.PersonalData);
        var failures = new List<string>();
        var requests = county.RequestsWithoutRecord().Concat(RecordRequests().Where(r => r.Operation.Method == HttpMethod.Get)).ToList();
        foreach (var identity in county.Identities.Where(i => !i.SeesPersonalData).Append(Identities.Rightful(county)))
        {
            var client = county.ClientOf(identity);
            foreach (var request in requests)
            {
                var answer = await county.SendAsync(client, county.Requests.Message(request, null));
                if (county.Guarded.PersonalData.FirstOrDefault(v => answer.Text.Contains(v, StringComparison.Ordinal)) is { } value)
                {
                    failures.Add($"{identity}: {request} shows {value} unmasked");
                }
            }
        }

        var reader = Identities.RightfulWithPersonalData(county);
        var unmaskedReads = new List<string>();
        foreach (var request in requests)
        {
            var since = await LastAuditIdAsync();
            var answer = await county.SendAsync(county.ClientOf(reader), county.Requests.Message(request, null));
            var shown = county.Guarded.PersonalData.Where(v => answer.Text.Contains(v, StringComparison.Ordinal)).ToList();
            var audited = await ReadsAuditedSinceAsync(since, reader);
            if (shown.Count == 0)
            {
                continue;
            }

            unmaskedReads.Add(request.ToString());
            if (audited.Count == 0)
            {
                failures.Add($"{reader}: {request} showed {shown.Count} numbers unmasked with no audit row");
            }
            else if (audited.Distinct().Count() != audited.Count)
            {
                failures.Add($"{reader}: {request} audited a record twice: {string.Join(", ", audited)}");
            }
            else if (!audited.All(id => answer.Text.Contains(id, StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add($"{reader}: {request} audited records it did not show: {string.Join(", ", audited)}");
            }
        }

        output.WriteLine($"unmasked reads checked: {unmaskedReads.Count} ({string.Join(", ", unmaskedReads)}), failures: {failures.Count}");
        Assert.True(unmaskedReads.Count >= 2, $"only {unmaskedReads.Count} requests showed numbers unmasked: {string.Join(", ", unmaskedReads)}");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task The_township_user_reads_every_guarded_record_so_that_the_refusals_mean_something()
    {
        var owner = county.Owner;
        var unread = new List<string>();
        var pages = county.Operations.Where(o => o.Method == HttpMethod.Get).Select(o => o.Path).ToHashSet();
        foreach (var record in county.Guarded.Records.Where(r => pages.Contains($"{r.Collection}/{{{r.KeyName}}}")).DistinctBy(r => r.Collection))
        {
            var answer = await county.SendAsync(owner, new HttpRequestMessage(HttpMethod.Get, record.Url));
            if (!answer.IsSuccess)
            {
                unread.Add($"{record.Url}: {answer.Status}");
            }
        }

        output.WriteLine($"identities: {county.Identities.Count}, operations: {county.Operations.Count}, guarded records: "
            + $"{county.Guarded.Records.Count} in {county.Guarded.Records.Select(r => r.Collection).Distinct().Count()} collections, "
            + $"attachments: {county.Guarded.Attachments.Count}");
        Assert.True(county.Guarded.Records.Select(r => r.Module).Distinct().Count() == county.Application.Runtime.Modules.Count,
            "every module has guarded records");
        Assert.True(unread.Count == 0, string.Join('\n', unread));
    }

    [Fact]
    public async Task The_audit_chain_check_finds_a_row_altered_directly_in_the_database()
    {
        var auditor = county.ClientAs(TestUsers.User(CountyHost.County, null, PlatformPermissions.ReadAudit));
        Assert.True((await auditor.GetFromJsonAsync<JsonElement>("/api/platform/audit/verify")).GetProperty("ok").GetBoolean());

        await Sql.Execute(county.Database, "ALTER TABLE platform.audit_log DISABLE TRIGGER USER; "
            + "UPDATE platform.audit_log SET detail = 'altered' WHERE id = (SELECT min(id) FROM platform.audit_log WHERE sequence IS NOT NULL); "
            + "ALTER TABLE platform.audit_log ENABLE TRIGGER USER");
        var verified = await auditor.GetFromJsonAsync<JsonElement>("/api/platform/audit/verify");

        Assert.False(verified.GetProperty("ok").GetBoolean());
        Assert.Equal("hash", verified.GetProperty("brokenAt").GetProperty("mismatch").GetString());
    }

    private IEnumerable<MatrixRequest> RecordRequests() =>
        county.Operations.SelectMany(o => county.Requests.For(o, county.Guarded)).Where(r => r.Record is not null);

    private async Task<string?> ETagAsync(GuardedRecord record)
    {
        var response = await county.Owner.GetAsync(record.Url);
        return response.Headers.ETag?.Tag;
    }

    private Task<long> LastAuditIdAsync() => county.Count("SELECT coalesce(max(id), 0) FROM platform.audit_log");

    private async Task<IReadOnlyList<string>> ReadsAuditedSinceAsync(long id, Identity reader) =>
        await Sql.Column(county.Database, "SELECT record_id FROM platform.audit_log WHERE id > $1 AND user_id = $2 AND operation = 'read'",
            id, reader.Subject!.UserId);

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
