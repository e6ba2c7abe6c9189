using System.Text.Json;
using Governance.Platform.Accounts.Security;
using Governance.Testing.Cases;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Modules.Petitions.Tests;

/// <summary>A host of its own for the kit's contract: it moves the clock by months and runs automatic 督办 by hand.</summary>
public sealed class ContractPetitionsHost() : PetitionsHostBase(null, new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), 1000);

/// <summary>The case-workflow kit's contract suite run against petitions.</summary>
public sealed class PetitionCaseContractTests(ContractPetitionsHost host) : CaseContract, IClassFixture<ContractPetitionsHost>
{
    private static readonly Dictionary<string, CaseStepRequest> Steps = new()
    {
        ["Accept"] = new("accept", new { }),
        ["Reject"] = new("reject", new { reason = "不属信访事项", channel = "向人民法院起诉" }),
        ["Transfer"] = new("transfer", new { department = "zjj" }),
        ["Assign"] = new("assign", new { department = "bsjd" }),
        ["Decline"] = new("object", new { reason = "不属本单位职权" }),
        ["SeparateLitigation"] = new("separate-litigation", new { channel = "向人民法院申请再审" }),
        ["Answer"] = new("answer", new { outcome = "Explain", basis = "《民法典》第二百七十八条", opinion = "依法解释说明" }),
        ["Deliver"] = new("deliver", new { }),
        ["RequestReview"] = new("review", new { }),
        ["DecideReview"] = new("review/decision", new { outcome = "NotSupport", opinion = "维持原处理意见" }),
        ["RequestReReview"] = new("re-review", new { }),
        ["DecideReReview"] = new("re-review/decision", new { outcome = "NotSupport", opinion = "复核维持" }),
        ["Finalize"] = new("finalize", new { }),
    };

    /// <summary>The actions that bring a new petition from 已登记 into each state.</summary>
    private static readonly Dictionary<string, string[]> Paths = new()
    {
        ["Registered"] = [],
        ["AwaitingAcceptance"] = ["Transfer"],
        ["Accepted"] = ["Accept"],
        ["Answered"] = ["Accept", "Answer"],
        ["Delivered"] = ["Accept", "Answer", "Deliver"],
        ["UnderReview"] = ["Accept", "Answer", "Deliver", "RequestReview"],
        ["Reviewed"] = ["Accept", "Answer", "Deliver", "RequestReview", "DecideReview"],
        ["UnderReReview"] = ["Accept", "Answer", "Deliver", "RequestReview", "DecideReview", "RequestReReview"],
        ["Finalized"] = ["Accept", "Answer", "Deliver", "RequestReview", "DecideReview", "RequestReReview", "DecideReReview"],
        ["NotAccepted"] = ["Reject"],
        ["RoutedToLitigation"] = ["SeparateLitigation"],
    };

    private static readonly Guid CallerId = Guid.NewGuid();
    private static readonly Guid ApproverId = Guid.NewGuid();
    private static readonly Guid HandlerId = Guid.NewGuid();

    protected override string ModuleId => "Petitions";

    protected override string ConnectionString => host.Database;

    protected override string WorkflowPath => $"{PetitionApi.Petitions}/workflow";

    protected override IReadOnlyList<string> ReachableStates => [.. Paths.Keys];

    /// <summary>Of the county: it decides the 复查 of a township's answer and the 复核 after a township's 复查 (第三十五条、第三十六条).</summary>
    protected override HttpClient Caller() => ClientOf(CallerId, "contract-desk", PetitionsHostBase.County);

    protected override HttpClient Approver() => ClientOf(ApproverId, "contract-approver", PetitionsHostBase.County);

    protected override string RecordPath(Guid id) => $"{PetitionApi.Petitions}/{id}";

    protected override async Task<Guid> CaseInStateAsync(string state, string? readyFor = null)
    {
        var petition = await Caller().RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        // A 复核 the county decides follows a 复查 by 北山街道 of an answer by its community 上保社区; otherwise the
        // township answers and the county decides the 复查.
        var reReviewed = Paths[state].Contains("RequestReReview");
        var accepting = ClientOf(HandlerId, "contract-handler", reReviewed ? PetitionsHostBase.Shangbao : PetitionsHostBase.Beishan);
        var township = ClientOf(HandlerId, "contract-township", PetitionsHostBase.Beishan);
        foreach (var action in Paths[state])
        {
            var by = action switch
            {
                "Accept" => accepting,
                "DecideReview" when reReviewed => township,
                _ => Caller(),
            };
            await by.DoAsync(petition.Id, Steps[action].Path, Steps[action].Body);
        }

        if (readyFor == "Finalize")
        {
            // 终结 only once the petitioner let the 30-day request window pass.
            host.Advance(TimeSpan.FromDays(35));
        }

        return petition.Id;
    }

    protected override CaseStepRequest Step(string action) => Steps[action];

    protected override CaseStepRequest Supervise(string level) => new("supervision", new { level, note = "限期办结" });

    protected override CaseStepRequest RequestExtension() => new("extension", new { days = ExtensionDays, reason = "需多部门会商" });

    protected override CaseStepRequest DecideExtension(bool approve) =>
        new(approve ? "extension/approve" : "extension/refuse", new { note = "经审核" });

    protected override async Task<Guid> CaseWithRunningDeadlineAsync(bool major)
    {
        var petition = await Caller().RegisterAsync(PetitionApi.Body(await host.PersonAsync()).With("isMajorUrgent", major));
        await Caller().DoAsync(petition.Id, "accept");
        return petition.Id;
    }

    protected override async Task SuperviseAutomaticallyAtAsync(DateTimeOffset at)
    {
        host.Advance(at - host.Clock.GetUtcNow());
        // The periodic command is off in this host; it is sent once here, as the host's scheduler would (by its type name:
        // the test process does not load the plugin's types, this host's plugin does).
        var command = host.Application.Runtime.Modules.Single(m => m.Module.Id == ModuleId).Assembly
            .GetType("Governance.Modules.Petitions.Application.Oversight.SuperviseOverduePetitions", true)!;
        using var scope = host.Application.App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send((IRequest<int>)Activator.CreateInstance(command)!);
    }

    protected override (DateTimeOffset? Due, DateTimeOffset? WarnFrom, string? SupervisionLevel) Oversight(JsonElement record) =>
        (Time(record.GetProperty("deadlines"), "current"), Time(record.GetProperty("deadlines"), "warnFrom"),
            record.GetProperty("oversight").GetProperty("supervisionLevel").GetString());

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetDateTimeOffset();

    /// <summary>GET and every step answer the detail: the petition, its petitioners, timeline and hearings.</summary>
    protected override JsonElement ViewOf(JsonElement body) => body.GetProperty("petition");

    /// <summary>A caller of the contract: the same user on every call, with a token fresh on the moving clock.</summary>
    private HttpClient ClientOf(Guid id, string name, string jurisdiction)
    {
        var subject = new TokenSubject(id, name, TestUsers.TestDepartment, jurisdiction, PetitionsHostBase.AllPermissions);
        var (token, _) = host.Application.App.Services.GetRequiredService<TokenIssuer>().Issue(subject);
        var client = host.Application.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
