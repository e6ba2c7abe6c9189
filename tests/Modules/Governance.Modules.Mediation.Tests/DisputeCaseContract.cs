using System.Net.Http.Json;
using System.Text.Json;
using Governance.Host.Modules;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Cases;
using Governance.Testing.Cases;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Modules.Mediation.Tests;

/// <summary>
/// The kit's contract against disputes. The caller is one county clerk (the county sees every level, so 交办 and 回退 can
/// be taken) with a fresh token after each clock move; the approver is another user.
/// </summary>
public sealed class DisputeCaseContract(MediationHost host) : CaseContract, IClassFixture<MediationHost>
{
    private const string Court = "西湖区人民法院";

    private static readonly string[] Permissions =
        [.. MediationHost.MediationPermissions, "registry.persons.write", "registry.persons.read", "registry.places.write"];

    private readonly Governance.Platform.Accounts.Security.TokenSubject _caller = TestUsers.User(MediationHost.County, null, Permissions);
    private readonly Governance.Platform.Accounts.Security.TokenSubject _approver = TestUsers.User(MediationHost.County, null, Permissions);
    private JsonElement _last;

    protected override string ModuleId => "Mediation";

    protected override string ConnectionString => host.Database;

    protected override string WorkflowPath => "/api/mediation/disputes/workflow";

    protected override IReadOnlyList<string> ReachableStates { get; } =
        ["Registered", "Mediating", "AgreementPending", "Performing", "Performed", "Visited", "Closed", "NotSettled", "Terminated", "Declined"];

    protected override HttpClient Caller() => host.Application.ClientAs(_caller);

    protected override HttpClient Approver() => host.Application.ClientAs(_approver);

    protected override string RecordPath(Guid id) => $"/api/mediation/disputes/{id}";

    protected override async Task<Guid> CaseInStateAsync(string state, string? readyFor = null)
    {
        var clerk = Caller();
        var region = readyFor == "AssignDown" ? MediationHost.Beishan : MediationHost.Shangbao;
        var body = Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk), region).With("headcount", readyFor == "AssignLeader" ? 30 : 2);
        _last = await clerk.RegisterAsync(body);
        var id = _last.Id();
        if (readyFor == "Return")
        {
            await clerk.StepOkAsync(id, "escalate", new { opinion = "请街道协调" });
        }

        if (state == "Registered")
        {
            if (readyFor == "Accept")
            {
                foreach (var party in _last.GetProperty("parties").EnumerateArray())
                {
                    await clerk.StepOkAsync(id, "consent", new { partyId = party.GetProperty("id").GetGuid(), consent = "Agreed" });
                }
            }

            return id;
        }

        if (state == "Declined")
        {
            await clerk.StepOkAsync(id, "decline", new { reason = "已起诉", suggestedChannel = "人民法院" });
            return id;
        }

        await clerk.AcceptAsync(_last);
        if (readyFor == "DecideExtension")
        {
            await Approver().StepOkAsync(id, "extensions", new { days = ExtensionDays, reason = "等待鉴定" });
        }

        if (state is "NotSettled" or "Terminated")
        {
            await clerk.StepOkAsync(id, state == "NotSettled" ? "fail" : "terminate", new { reason = "分歧大", suggestedChannel = "诉讼" });
            return id;
        }

        if (state == "Mediating")
        {
            return id;
        }

        await clerk.StepOkAsync(id, Step("ReachAgreement").Path, Step("ReachAgreement").Body);
        if (state == "AgreementPending")
        {
            return id;
        }

        await clerk.StepOkAsync(id, "agreement/signatures", new { kind = "Party", partyId = _last.PartyId(0), signerName = "甲" });
        await clerk.StepOkAsync(id, "agreement/signatures", new { kind = "Party", partyId = _last.PartyId(1), signerName = "乙" });
        await clerk.StepOkAsync(id, "agreement/signatures", new { kind = "Mediator", signerName = "李调解" });
        await clerk.StepOkAsync(id, "agreement/signatures", new { kind = "CommitteeSeal" });
        if (readyFor is "RecordCourtAcceptance" or "RecordCourtDecision")
        {
            await clerk.StepOkAsync(id, Step("ApplyJudicialConfirmation").Path, Step("ApplyJudicialConfirmation").Body);
        }

        if (readyFor == "RecordCourtDecision")
        {
            await clerk.StepOkAsync(id, Step("RecordCourtAcceptance").Path, Step("RecordCourtAcceptance").Body);
        }

        foreach (var (reached, step) in new[] { ("Performing", "ConfirmPerformance"), ("Performed", "FollowUp"), ("Visited", "Close") })
        {
            if (state == reached)
            {
                return id;
            }

            await clerk.StepOkAsync(id, Step(step).Path, Step(step).Body);
        }

        return id;
    }

    protected override CaseStepRequest Step(string action) => action switch
    {
        "UpdateDetails" => new("details", Disputes.Body(PersonOf(0), PersonOf(1))),
        "RecordConsent" => new("consent", new { partyId = _last.PartyId(0), consent = "Agreed" }),
        "Accept" => new("accept", new { mediationType = "People", committee = "上保社区人民调解委员会", mediators = new[] { "李调解" } }),
        "Decline" => new("decline", new { reason = "已起诉", suggestedChannel = "人民法院" }),
        "Escalate" => new("escalate", new { opinion = "请上级协调" }),
        "AssignDown" => new("assign-down", new { regionCode = MediationHost.Shangbao, instruction = "请社区调处" }),
        "Return" => new("return", new { reason = "应由社区调处" }),
        "AssignDepartment" => new("department", new { department = "rsj", note = "由人社部门主管" }),
        "RecordSession" => new("sessions", new { heldAt = "2026-09-01T09:00:00+08:00", place = "调解室", attendees = "双方", record = "记录" }),
        "ReachAgreement" => new("agreement", new { form = "Written", facts = "事实", terms = "条款", performanceMethod = "当面", performanceDeadline = "2027-12-31" }),
        "SignAgreement" => new("agreement/signatures", new { kind = "Mediator", signerName = "李调解" }),
        "Fail" => new("fail", new { reason = "分歧大", suggestedChannel = "诉讼" }),
        "Terminate" => new("terminate", new { reason = "一方反悔", suggestedChannel = "诉讼" }),
        "ConfirmPerformance" => new("agreement/performed", new { note = "已履行" }),
        "FollowUp" => new("follow-ups", new { visitedAt = "2026-09-01T09:00:00+08:00", visitor = "司法所", note = "满意", satisfied = true }),
        "Close" => new("close", new { note = "结案" }),
        "Supervise" => Supervise("Normal"),
        "AssignLeader" => new("leader", new { leader = "区委副书记" }),
        "RequestExtension" => RequestExtension(),
        "DecideExtension" => DecideExtension(true),
        "ApplyJudicialConfirmation" => new("judicial-confirmation", new { court = Court }),
        "RecordCourtAcceptance" => new("judicial-confirmation/acceptance", new { accepted = true, caseNumber = "(2026)浙0106民特调确字第1号" }),
        "RecordCourtDecision" => new("judicial-confirmation/decision", new { confirmed = true }),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "no step endpoint"),
    };

    protected override CaseStepRequest Supervise(string level) => new("supervision", new { level, note = "请抓紧办理" });

    protected override CaseStepRequest RequestExtension() => new("extensions", new { days = ExtensionDays, reason = "等待鉴定" });

    protected override CaseStepRequest DecideExtension(bool approve) => new("extensions/decision", new { approved = approve, note = "审批" });

    protected override async Task<Guid> CaseWithRunningDeadlineAsync(bool major) =>
        await CaseInStateAsync("Mediating", major ? "AssignLeader" : null);

    protected override async Task SuperviseAutomaticallyAtAsync(DateTimeOffset at)
    {
        if (at > host.Clock.GetUtcNow())
        {
            host.Clock.SetUtcNow(at);
        }

        // The command is internal to the plugin this host loaded (each host has its own load context).
        var services = host.Application.App.Services;
        var plugin = ((ModuleRuntime)services.GetRequiredService<ILoadedModules>()).Modules.Single(m => m.Id == ModuleId).Assembly;
        var command = plugin.GetType("Governance.Modules.Mediation.Application.Supervision.SuperviseOverdueDisputes", throwOnError: true)!;
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send((SuperviseOverdueCases)Activator.CreateInstance(command, nonPublic: true)!);
    }

    protected override (DateTimeOffset? Due, DateTimeOffset? WarnFrom, string? SupervisionLevel) Oversight(JsonElement record) => (
        record.GetProperty("dueAt").ValueKind == JsonValueKind.Null ? null : record.GetProperty("dueAt").GetDateTimeOffset(),
        record.GetProperty("warnFrom").ValueKind == JsonValueKind.Null ? null : record.GetProperty("warnFrom").GetDateTimeOffset(),
        record.GetProperty("supervision").GetString());

    private Guid PersonOf(int index) => _last.GetProperty("parties")[index].GetProperty("personId").GetGuid();
}
