using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Governance.Testing.Cases;

/// <summary>
/// The case-workflow kit's contract, run against a module through its public API: a module's test project derives a
/// class from this one and supplies the hooks (how to bring a case into a state, the request of each action, its clock).
/// Every module with cases inherits the same tests: each declared transition taken through its endpoint (with a timeline
/// entry and a work item in the new state), each action refused in the states that do not allow it, each step a case
/// offers taken without a refusal (so the UI shows no dead buttons), 督办 refused on a
/// closed case, automatic yellow/red keeping a 挂牌 case listed, extension request, approval and refusal, stale If-Match.
/// </summary>
public abstract class CaseContract
{
    /// <summary>The module's id (as in the work items), e.g. <c>Petitions</c>.</summary>
    protected abstract string ModuleId { get; }

    /// <summary>The database of the host under test, for reading <c>platform.work_items</c>.</summary>
    protected abstract string ConnectionString { get; }

    /// <summary>A caller with every permission of the module, in the jurisdiction of the cases the hooks make.</summary>
    protected abstract HttpClient Caller();

    /// <summary>Another user with the permission to decide extensions (an approval is never by the one who asked).</summary>
    protected abstract HttpClient Approver();

    /// <summary>Where the module describes its workflow (<c>MapCaseWorkflow</c>), e.g. <c>/api/petitions/workflow</c>.</summary>
    protected abstract string WorkflowPath { get; }

    /// <summary>The record's URL; step endpoints are below it, its timeline at <c>{record}/timeline</c>.</summary>
    protected abstract string RecordPath(Guid id);

    /// <summary>The states <see cref="CaseInStateAsync"/> can bring a new case into.</summary>
    protected abstract IReadOnlyList<string> ReachableStates { get; }

    /// <summary>
    /// A new case in <paramref name="state"/>; when <paramref name="readyFor"/> is given, with whatever the module's own
    /// rules require before that action (a consent, an answer …) so that the action can be taken.
    /// </summary>
    protected abstract Task<Guid> CaseInStateAsync(string state, string? readyFor = null);

    /// <summary>The step request that takes <paramref name="action"/>: the path below the record and a valid body.</summary>
    protected abstract CaseStepRequest Step(string action);

    /// <summary>The supervise request at <paramref name="level"/> (<c>Normal</c>, <c>Yellow</c>, <c>Red</c>, <c>Listed</c>).</summary>
    protected abstract CaseStepRequest Supervise(string level);

    /// <summary>The extension request (for <see cref="ExtensionDays"/> days) and the decision.</summary>
    protected abstract CaseStepRequest RequestExtension();

    protected abstract CaseStepRequest DecideExtension(bool approve);

    protected virtual int ExtensionDays => 5;

    /// <summary>A new case whose deadline runs now, in a state where it may be supervised and extended; major when asked (挂牌).</summary>
    protected abstract Task<Guid> CaseWithRunningDeadlineAsync(bool major);

    /// <summary>Moves the host's clock forward to <paramref name="at"/> and runs automatic 督办 once, to its end.</summary>
    protected abstract Task SuperviseAutomaticallyAtAsync(DateTimeOffset at);

    /// <summary>The record's view in what <c>GET {record}</c> and every step answer (the same shape): the body itself unless the module wraps it.</summary>
    protected virtual JsonElement ViewOf(JsonElement body) => body;

    /// <summary>The running deadline, its yellow start and the 督办 level, as the record's view shows them.</summary>
    protected abstract (DateTimeOffset? Due, DateTimeOffset? WarnFrom, string? SupervisionLevel) Oversight(JsonElement record);

    [Fact]
    public async Task Every_declared_transition_is_taken_through_its_endpoint_with_a_timeline_entry_and_a_work_item()
    {
        var workflow = await WorkflowAsync();
        var offered = workflow.Actions.Where(a => !a.Internal).Select(a => a.Code).ToHashSet();
        var transitions = workflow.Transitions.Where(t => offered.Contains(t.Action) && ReachableStates.Contains(t.From)).ToList();
        Assert.NotEmpty(transitions);
        foreach (var (from, action, to) in transitions)
        {
            var id = await CaseInStateAsync(from, action);
            var before = await ReadAsync(id);
            var steps = await TimelineLengthAsync(id);

            var response = await SendAsync(Caller(), id, Step(action), before.ETag);

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{from} --{action}--> {to}: {(int)response.StatusCode} {body}");
            var after = await ReadAsync(id);
            Assert.True(to == after.Record.GetProperty("state").GetString(), $"{from} --{action}--> expected {to}: {after.Record}");
            Assert.Equal(to, ViewOf(JsonDocument.Parse(body).RootElement).GetProperty("state").GetString());
            Assert.NotEqual(before.ETag, response.Headers.ETag?.Tag);
            Assert.Equal(after.ETag, response.Headers.ETag?.Tag);
            Assert.True(await TimelineLengthAsync(id) > steps, $"{from} --{action}--> {to}: no timeline entry");
            var stateName = after.Record.GetProperty("stateName").GetString();
            await Eventually.Get(() => WorkItemStatusAsync(id), status => status == stateName, what: $"the work item of {id} in {stateName} after {action}");
        }
    }

    [Fact]
    public async Task Every_action_a_state_does_not_allow_is_refused_and_changes_nothing()
    {
        var workflow = await WorkflowAsync();
        var declared = workflow.Actions.Where(a => !a.Internal && a.Declared).Select(a => a.Code).ToList();
        foreach (var state in ReachableStates)
        {
            var id = await CaseInStateAsync(state);
            var allowedHere = workflow.Transitions.Where(t => t.From == state).Select(t => t.Action).ToHashSet();
            foreach (var action in declared.Where(a => !allowedHere.Contains(a)))
            {
                var before = await ReadAsync(id);

                var response = await SendAsync(Caller(), id, Step(action), before.ETag);

                var body = await response.Content.ReadAsStringAsync();
                Assert.True(HttpStatusCode.UnprocessableEntity == response.StatusCode, $"{action} in {state}: {(int)response.StatusCode} {body}");
                var problem = JsonDocument.Parse(body).RootElement;
                if (problem.TryGetProperty("currentState", out var current))
                {
                    Assert.Equal(state, current.GetString());
                }

                Assert.Equal(before.ETag, (await ReadAsync(id)).ETag);
            }
        }
    }

    [Fact]
    public async Task Every_step_a_case_offers_in_allowedActions_is_taken_without_a_refusal()
    {
        var workflow = await WorkflowAsync();
        var declared = workflow.Actions.Where(a => !a.Internal && a.Declared).Select(a => a.Code).ToHashSet();
        var tried = 0;
        foreach (var state in ReachableStates)
        {
            var offered = AllowedActions((await ReadAsync(await CaseInStateAsync(state))).Record).Where(declared.Contains).ToList();
            foreach (var action in offered)
            {
                var id = await CaseInStateAsync(state);
                var response = await SendAsync(Caller(), id, Step(action), (await ReadAsync(id)).ETag);

                Assert.True(response.IsSuccessStatusCode,
                    $"{action} offered in {state} but refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                tried++;
            }
        }

        Assert.True(tried > 0, "no case offered any step");
    }

    [Fact]
    public async Task Supervision_is_refused_on_a_closed_case()
    {
        var workflow = await WorkflowAsync();
        var closed = workflow.States.Where(s => s.Closed).Select(s => s.Code).Intersect(ReachableStates).FirstOrDefault();
        Assert.True(closed is not null, "no closed state is reachable by the hooks");
        var id = await CaseInStateAsync(closed);
        var before = await ReadAsync(id);

        var response = await SendAsync(Caller(), id, Supervise("Red"), before.ETag);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before.ETag, (await ReadAsync(id)).ETag);
    }

    [Fact]
    public async Task Automatic_supervision_raises_yellow_then_red_and_keeps_a_listed_case_listed()
    {
        var raised = await CaseWithRunningDeadlineAsync(major: false);
        var listed = await CaseWithRunningDeadlineAsync(major: true);
        await StepOkAsync(Caller(), listed, Supervise("Listed"));
        var (due, warnFrom, _) = Oversight((await ReadAsync(raised)).Record);
        Assert.True(due is not null && warnFrom is not null, "the case has no running deadline");

        await SuperviseAutomaticallyAtAsync(warnFrom.Value.AddMinutes(1));
        Assert.Equal("Yellow", Oversight((await ReadAsync(raised)).Record).SupervisionLevel);

        await SuperviseAutomaticallyAtAsync(due.Value.AddMinutes(1));
        Assert.Equal("Red", Oversight((await ReadAsync(raised)).Record).SupervisionLevel);
        Assert.Equal("Listed", Oversight((await ReadAsync(listed)).Record).SupervisionLevel);
    }

    [Fact]
    public async Task An_approved_extension_moves_the_deadline_by_the_days_asked()
    {
        var id = await CaseWithRunningDeadlineAsync(major: false);
        var due = Oversight((await ReadAsync(id)).Record).Due;

        await StepOkAsync(Caller(), id, RequestExtension());
        Assert.Equal(due, Oversight((await ReadAsync(id)).Record).Due);
        await StepOkAsync(Approver(), id, DecideExtension(approve: true));

        Assert.Equal(due?.AddDays(ExtensionDays), Oversight((await ReadAsync(id)).Record).Due);
    }

    [Fact]
    public async Task A_refused_extension_keeps_the_deadline_and_the_requester_cannot_decide_their_own()
    {
        var id = await CaseWithRunningDeadlineAsync(major: false);
        var due = Oversight((await ReadAsync(id)).Record).Due;
        await StepOkAsync(Caller(), id, RequestExtension());

        var own = await SendAsync(Caller(), id, DecideExtension(approve: true), (await ReadAsync(id)).ETag);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, own.StatusCode);
        await StepOkAsync(Approver(), id, DecideExtension(approve: false));

        Assert.Equal(due, Oversight((await ReadAsync(id)).Record).Due);
    }

    [Fact]
    public async Task A_step_with_a_stale_or_missing_If_Match_or_no_body_is_refused()
    {
        var id = await CaseWithRunningDeadlineAsync(major: false);
        var current = await ReadAsync(id);
        var step = Supervise("Normal");

        var stale = await SendAsync(Caller(), id, step, "\"1\"");
        var missing = await SendAsync(Caller(), id, step, null);
        var nullBody = await Caller().SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{RecordPath(id)}/{step.Path}")
        {
            Content = new StringContent("null", System.Text.Encoding.UTF8, "application/json"),
        }.WithIfMatch(current.ETag));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nullBody.StatusCode);
        Assert.Equal(current.ETag, (await ReadAsync(id)).ETag);
    }

    private static IEnumerable<string> AllowedActions(JsonElement record) =>
        record.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("code").GetString()!);

    private async Task<CaseWorkflowView> WorkflowAsync() =>
        (await Caller().GetFromJsonAsync<CaseWorkflowView>(WorkflowPath))!;

    private async Task<(JsonElement Record, string? ETag)> ReadAsync(Guid id)
    {
        var response = await Caller().GetAsync(RecordPath(id));
        Assert.True(response.IsSuccessStatusCode, $"{RecordPath(id)}: {(int)response.StatusCode}");
        return (ViewOf(await response.Json()), response.Headers.ETag?.Tag);
    }

    private async Task<int> TimelineLengthAsync(Guid id)
    {
        var timeline = await Caller().GetAsync($"{RecordPath(id)}/timeline").Ok();
        return (timeline.ValueKind == JsonValueKind.Array ? timeline : timeline.GetProperty("items")).GetArrayLength();
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Guid id, CaseStepRequest step, string? etag) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{RecordPath(id)}/{step.Path}")
        {
            Content = JsonContent.Create(step.Body),
        }.WithIfMatch(etag));

    private async Task StepOkAsync(HttpClient client, Guid id, CaseStepRequest step)
    {
        var response = await SendAsync(client, id, step, (await ReadAsync(id)).ETag);
        Assert.True(response.IsSuccessStatusCode, $"{step.Path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string?> WorkItemStatusAsync(Guid id) =>
        (await Sql.Column(ConnectionString, "SELECT status FROM platform.work_items WHERE module = $1 AND record_id = $2",
            ModuleId, id.ToString())).SingleOrDefault();

    private sealed record CaseWorkflowView(
        string Record, List<StateView> States, List<ActionView> Actions, List<TransitionView> Transitions);

    private sealed record StateView(string Code, string Label, bool Closed);

    private sealed record ActionView(string Code, string Label, string? Permission, bool Internal, bool Declared);

    private sealed record TransitionView(string From, string Action, string To);
}

/// <summary>A step request: the path below the record (e.g. <c>accept</c>) and its JSON body.</summary>
public sealed record CaseStepRequest(string Path, object Body);
