using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Governance.Modules.Mediation.Tests;

/// <summary>The village → township ladder, mediation, a written agreement with its document, 司法确认, 回访 and 结案.</summary>
public sealed class DisputeWorkflowTests(MediationHost host) : IClassFixture<MediationHost>
{
    [Fact]
    public async Task A_village_dispute_escalated_to_the_township_is_settled_confirmed_followed_up_and_closed()
    {
        host.SetChinaTime(new DateTime(2026, 9, 1, 10, 0, 0));
        var village = host.Clerk(MediationHost.Shangbao);
        var township = host.Clerk(MediationHost.Beishan);
        var (wang, li) = (await host.PersonAsync(village, name: "王大明"), await host.PersonAsync(village, name: "李小红"));

        var registered = await village.RegisterAsync(Disputes.Body(wang, li));
        Assert.Equal("Registered", registered.State());
        Assert.Equal("已登记", registered.GetProperty("stateName").GetString());
        Assert.Equal("Village", registered.GetProperty("level").GetString());
        Assert.Equal(MediationHost.Shangbao, registered.GetProperty("handlingScope").GetString());
        Assert.Matches(@"^330106-2026-\d{6}$", registered.GetProperty("number").GetString());
        Assert.Equal(["王大明", "李小红"], registered.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var id = registered.Id();

        var accepted = await village.AcceptAsync(registered, "李调解");
        Assert.Equal("Mediating", accepted.State());
        // 30 calendar days from 1 September end on 1 October, a holiday: the limit moves to the next working day, 8 October.
        Assert.Equal(new DateTimeOffset(2026, 10, 9, 0, 0, 0, TimeSpan.FromHours(8)), accepted.GetProperty("dueAt").GetDateTimeOffset());
        await village.StepOkAsync(id, "sessions", new { heldAt = "2026-09-01T09:30:00+08:00", place = "社区调解室", attendees = "王大明、李小红、李调解", record = "双方陈述，未达成一致" });

        var noOpinion = await village.StepAsync(id, "escalate", new { opinion = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noOpinion.StatusCode);
        Assert.Contains("书面意见", (await noOpinion.Json()).FieldErrors("opinion")[0]);
        var escalated = await village.StepOkAsync(id, "escalate", new { opinion = "涉及房屋结构鉴定，村级无法调结，请街道调处" });
        Assert.Equal("Township", escalated.GetProperty("level").GetString());
        Assert.Equal(MediationHost.Beishan, escalated.GetProperty("handlingScope").GetString());
        Assert.Equal("Mediating", escalated.State());

        // The village can still read it but no longer handles it.
        Assert.Equal(HttpStatusCode.Forbidden, (await village.StepAsync(id, "sessions",
            new { heldAt = "2026-09-01T09:30:00+08:00", place = "社区", attendees = "王", record = "记录" })).StatusCode);

        var agreed = await township.StepOkAsync(id, "agreement", new
        {
            form = "Written", facts = "楼上排水管老化渗漏，造成楼下墙面受损", terms = "王大明于九月十日前更换排水管并赔偿李小红三千元",
            performanceMethod = "现金一次性支付", performanceDeadline = "2026-09-10",
        });
        Assert.Equal("AgreementPending", agreed.State());
        Assert.Equal(4, agreed.GetProperty("agreement").GetProperty("missingSignatures").GetArrayLength());

        var notMediator = await township.StepAsync(id, "agreement/signatures", new { kind = "Mediator", signerName = "张路人" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notMediator.StatusCode);
        await township.StepOkAsync(id, "agreement/signatures", new { kind = "Party", partyId = registered.PartyId(0), signerName = "王大明" });
        var twice = await township.StepAsync(id, "agreement/signatures", new { kind = "Party", partyId = registered.PartyId(0), signerName = "王大明" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        await township.StepOkAsync(id, "agreement/signatures", new { kind = "Party", partyId = registered.PartyId(1), signerName = "李小红" });
        await township.StepOkAsync(id, "agreement/signatures", new { kind = "Mediator", signerName = "李调解" });
        Assert.Equal(0L, await host.Count("SELECT count(*) FROM mediation.outbox_messages WHERE type = 'mediation.dispute-concluded.v1' AND payload->>'disputeId' = $1", id.ToString()));
        var effective = await township.StepOkAsync(id, "agreement/signatures", new { kind = "CommitteeSeal" });
        Assert.Equal("Performing", effective.State());
        Assert.Equal("Settled", effective.GetProperty("outcome").GetString());
        Assert.Equal(0, effective.GetProperty("agreement").GetProperty("missingSignatures").GetArrayLength());
        var concluded = JsonDocument.Parse(await Sql.Scalar<string>(host.Database,
            "SELECT payload::text FROM mediation.outbox_messages WHERE type = 'mediation.dispute-concluded.v1' AND payload->>'disputeId' = $1", id.ToString())).RootElement;
        Assert.Equal("Settled", concluded.GetProperty("outcome").GetString());
        Assert.Equal(effective.GetProperty("agreement").GetProperty("id").GetGuid(), concluded.GetProperty("agreementId").GetGuid());
        Assert.Contains("更换排水管", concluded.GetProperty("agreementSummary").GetString());
        Assert.Equal(JsonValueKind.Null, concluded.GetProperty("sourceModule").ValueKind);

        var document = await township.GetAsync($"/api/mediation/disputes/{id}/agreement/document");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.Content.Headers.ContentType!.MediaType);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await document.Content.ReadAsByteArrayAsync()), false))
        {
            var text = string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
            Assert.Contains("人民调解协议书", text);
            Assert.Contains("申请人：王大明", text);
            Assert.Contains("被申请人：李小红", text);
            Assert.Contains("赔偿李小红三千元", text);
            Assert.Contains("当事人（签名、盖章或按指印）：王大明　2026年9月1日", text);
            Assert.Contains("人民调解员（签名）：李调解", text);
            Assert.Contains("上保社区人民调解委员会（印章）已盖章", text);
            Assert.All(word.MainDocumentPart.Document.Body.Descendants<RunFonts>(), f => Assert.Equal("SimSun", f.EastAsia!.Value));
        }

        var future = await township.StepAsync(id, "judicial-confirmation", new { court = "西湖区人民法院", appliedAt = "2026-10-09T10:00:00+08:00" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var applied = await township.StepOkAsync(id, "judicial-confirmation", new { court = "西湖区人民法院" });
        var confirmation = applied.GetProperty("agreement").GetProperty("judicialConfirmation");
        Assert.Equal("Applied", confirmation.GetProperty("state").GetString());
        Assert.Equal(new DateTimeOffset(2026, 9, 5, 0, 0, 0, TimeSpan.FromHours(8)), confirmation.GetProperty("acceptanceDueAt").GetDateTimeOffset());
        var badCase = await township.StepAsync(id, "judicial-confirmation/acceptance", new { accepted = true, caseNumber = "(2026)浙0106民特1号" });
        Assert.Contains("调确字", (await badCase.Json()).FieldErrors("caseNumber")[0]);
        var premature = await township.StepAsync(id, "judicial-confirmation/decision", new { confirmed = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, premature.StatusCode);
        Assert.Equal("Applied", (await premature.Json()).GetProperty("currentState").GetString());
        await township.StepOkAsync(id, "judicial-confirmation/acceptance", new { accepted = true, caseNumber = "(2026)浙0106民特调确字第1号" });
        var cannotClose = await township.StepAsync(id, "close", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, cannotClose.StatusCode);
        var decided = await township.StepOkAsync(id, "judicial-confirmation/decision", new { confirmed = true });
        Assert.Equal("Confirmed", decided.GetProperty("agreement").GetProperty("judicialConfirmation").GetProperty("state").GetString());

        await township.StepOkAsync(id, "follow-ups", new { visitedAt = "2026-09-01T09:00:00+08:00", visitor = "街道司法所", note = "正在履行", satisfied = true });
        Assert.Equal("Performing", (await township.GetAsync(id)).State());
        await township.StepOkAsync(id, "agreement/performed", new { note = "已更换排水管并支付三千元" });
        var visited = await township.StepOkAsync(id, "follow-ups", new { visitedAt = "2026-09-01T09:50:00+08:00", visitor = "街道司法所", note = "双方满意", satisfied = true });
        Assert.Equal("Visited", visited.State());
        var closed = await township.StepOkAsync(id, "close", new { note = "结案" });
        Assert.Equal("Closed", closed.State());
        Assert.Empty(closed.GetProperty("allowedActions").EnumerateArray());

        Assert.Equal(
            ["Register", "RecordConsent", "RecordConsent", "Accept", "RecordSession", "Escalate", "ReachAgreement", "SignAgreement", "SignAgreement",
             "SignAgreement", "SignAgreement", "AgreementTakesEffect", "ApplyJudicialConfirmation", "RecordCourtAcceptance", "RecordCourtDecision",
             "FollowUp", "ConfirmPerformance", "FollowUp", "Close"],
            await township.TimelineActions(id));
        var workItem = await Eventually.Get(
            () => Sql.Column(host.Database, "SELECT status FROM platform.work_items WHERE module = 'Mediation' AND record_id = $1 AND closed_at IS NOT NULL", id.ToString()),
            rows => rows.Count == 1, what: "the closed work item");
        Assert.Equal("已结案", workItem[0]);
    }

    [Fact]
    public async Task A_party_refusing_mediation_ends_it_as_declined_and_later_steps_are_422_naming_the_state()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var dispute = await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk)));
        var early = await clerk.StepAsync(dispute.Id(), "accept", new { mediationType = "People", committee = "上保社区人民调解委员会", mediators = new[] { "李调解" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Single((await early.Json()).GetProperty("partiesWithoutConsent").EnumerateArray().Take(1));

        var noChannel = await clerk.StepAsync(dispute.Id(), "consent", new { partyId = dispute.PartyId(1), consent = "Refused" });
        Assert.Contains("其他解决途径", (await noChannel.Json()).FieldErrors("suggestedChannel")[0]);
        var declined = await clerk.StepOkAsync(dispute.Id(), "consent", new { partyId = dispute.PartyId(1), consent = "Refused", note = "不愿调解", suggestedChannel = "向人民法院起诉" });
        Assert.Equal("Declined", declined.State());
        Assert.Equal("拒绝调解", declined.GetProperty("parties")[1].GetProperty("consentName").GetString());
        Assert.Equal("向人民法院起诉", declined.GetProperty("suggestedChannel").GetString());

        var late = await clerk.StepAsync(dispute.Id(), "accept", new { mediationType = "People", committee = "上保社区人民调解委员会", mediators = new[] { "李调解" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        var problem = await late.Json();
        Assert.Equal("Declined", problem.GetProperty("currentState").GetString());
        Assert.Equal("不予调解", problem.GetProperty("currentStateName").GetString());
        Assert.Empty(problem.GetProperty("allowedActions").EnumerateArray());
        Assert.Equal(["Register", "RecordConsent", "Decline"], await clerk.TimelineActions(dispute.Id()));
    }

    [Fact]
    public async Task Steps_outside_their_states_are_refused_with_the_allowed_actions()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var dispute = await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk)));
        var id = dispute.Id();
        foreach (var (step, body) in new (string, object)[]
                 {
                     ("sessions", new { heldAt = "2026-09-01T09:00:00+08:00", place = "调解室", attendees = "双方", record = "记录" }),
                     ("agreement", new { form = "Oral", facts = "事实", terms = "条款" }),
                     ("fail", new { reason = "分歧大", suggestedChannel = "诉讼" }),
                     ("agreement/performed", new { note = "履行" }),
                     ("close", new { }),
                     ("judicial-confirmation", new { court = "西湖区人民法院" }),
                 })
        {
            var response = await clerk.StepAsync(id, step, body);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await response.Json();
            Assert.Equal("Registered", problem.GetProperty("currentState").GetString());
            Assert.Equal(["UpdateDetails", "RecordConsent", "Decline", "Escalate", "Supervise", "AssignDepartment"],
                problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        }

        var accepted = await clerk.AcceptAsync(await clerk.GetAsync(id));
        Assert.Equal(["Escalate", "RecordSession", "ReachAgreement", "Fail", "Terminate", "Supervise", "RequestExtension", "AssignDepartment"],
            accepted.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        var oral = await clerk.StepOkAsync(id, "agreement", new { form = "Oral", facts = "事实", terms = "双方各让一步" });
        Assert.Equal("Performing", oral.State());
        var oralConfirmation = await clerk.StepAsync(id, "judicial-confirmation", new { court = "西湖区人民法院" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, oralConfirmation.StatusCode);
        Assert.Equal("oral-agreement", (await oralConfirmation.Json()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await clerk.GetAsync($"/api/mediation/disputes/{id}/agreement/document")).StatusCode);
    }

    [Fact]
    public async Task The_county_assigns_down_only_naming_a_township_returns_only_what_came_up_and_cannot_escalate()
    {
        var county = host.Clerk(MediationHost.County);
        var dispute = await county.RegisterAsync(Disputes.Body(await host.PersonAsync(county), await host.PersonAsync(county), MediationHost.County));
        Assert.Equal("County", dispute.GetProperty("level").GetString());
        var id = dispute.Id();

        var up = await county.StepAsync(id, "escalate", new { opinion = "请市里处理" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, up.StatusCode);
        Assert.Contains("重大问题不出县", (await up.Json()).GetProperty("detail").GetString());
        var back = await county.StepAsync(id, "return", new { reason = "应由街道办理" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, back.StatusCode);
        var unnamed = await county.StepAsync(id, "assign-down", new { instruction = "请街道调处" });
        Assert.Contains("区划代码", (await unnamed.Json()).GetProperty("detail").GetString());
        var elsewhere = await county.StepAsync(id, "assign-down", new { regionCode = "330105001", instruction = "请街道调处" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);

        var assigned = await county.StepOkAsync(id, "assign-down", new { regionCode = MediationHost.Beishan, instruction = "请北山街道调处" });
        Assert.Equal("Township", assigned.GetProperty("level").GetString());
        Assert.Equal(MediationHost.Beishan, assigned.GetProperty("scopeCode").GetString());
        var township = host.Clerk(MediationHost.Beishan);
        var escalated = await township.StepOkAsync(id, "escalate", new { opinion = "涉及多个部门，请区里协调" });
        Assert.Equal("County", escalated.GetProperty("level").GetString());
        var returned = await county.StepOkAsync(id, "return", new { reason = "属街道职责，请街道继续调处" });
        Assert.Equal("Township", returned.GetProperty("level").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await township.StepAsync(id, "department", new { department = "人社局", note = "劳资" })).StatusCode);
        await township.StepOkAsync(id, "department", new { department = "rsj", note = "涉及劳动报酬，由人社部门主管" });
        var workItem = await Eventually.Get(
            () => Sql.Column(host.Database, "SELECT coalesce(department, '') FROM platform.work_items WHERE module = 'Mediation' AND record_id = $1", id.ToString()),
            rows => rows is ["rsj"], what: "the work item moved to the responsible department");
        Assert.Equal("rsj", workItem[0]);
        Assert.Equal(["Register", "AssignDown", "Escalate", "Return", "AssignDepartment"], await county.TimelineActions(id));
    }

    [Fact]
    public async Task Listed_supervision_and_a_leader_in_charge_are_for_major_disputes_and_an_approved_extension_moves_the_due_date()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var supervisor = host.Clerk(MediationHost.County);
        var ordinary = await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk)));
        var listed = await supervisor.StepAsync(ordinary.Id(), "supervision", new { level = "Listed", note = "挂牌督办" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, listed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await supervisor.StepAsync(ordinary.Id(), "leader", new { leader = "区委副书记" })).StatusCode);
        var yellow = await supervisor.StepOkAsync(ordinary.Id(), "supervision", new { level = "Yellow", note = "请加快调处" });
        Assert.Equal("黄牌督办", yellow.GetProperty("supervisionName").GetString());

        var group = await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk)).With("headcount", 30));
        Assert.True(group.GetProperty("isMajor").GetBoolean());
        Assert.Contains("群体性", (await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes/{group.Id()}/timeline"))[1].GetProperty("note").GetString());
        await supervisor.StepOkAsync(group.Id(), "supervision", new { level = "Listed", note = "区里挂牌督办" });
        var led = await supervisor.StepOkAsync(group.Id(), "leader", new { leader = "区委副书记 陈某" });
        Assert.Equal("区委副书记 陈某", led.GetProperty("leaderInCharge").GetString());

        var accepted = await clerk.AcceptAsync(group);
        var due = accepted.GetProperty("dueAt").GetDateTimeOffset();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await supervisor.StepAsync(group.Id(), "extensions/decision", new { approved = true })).StatusCode);
        var requested = await clerk.StepOkAsync(group.Id(), "extensions", new { days = 15, reason = "需等待房屋鉴定结果" });
        Assert.Equal("审核中", requested.GetProperty("extensions")[0].GetProperty("stateName").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await clerk.StepAsync(group.Id(), "extensions", new { days = 5, reason = "再延" })).StatusCode);
        var approved = await supervisor.StepOkAsync(group.Id(), "extensions/decision", new { approved = true, note = "同意" });
        Assert.Equal("同意", approved.GetProperty("extensions")[0].GetProperty("stateName").GetString());
        Assert.Equal(due.AddDays(15), approved.GetProperty("dueAt").GetDateTimeOffset());
        await clerk.StepOkAsync(group.Id(), "extensions", new { days = 30, reason = "仍需鉴定" });
        var refused = await supervisor.StepOkAsync(group.Id(), "extensions/decision", new { approved = false, note = "不同意" });
        Assert.Equal("不同意", refused.GetProperty("extensions")[1].GetProperty("stateName").GetString());
        Assert.Equal(due.AddDays(15), refused.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Judicial_confirmation_is_refused_for_marriage_adoption_and_identity_matters()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var id = await clerk.EffectiveAgreementAsync(host, "Marriage");
        var marriage = await clerk.StepAsync(id, "judicial-confirmation", new { court = "西湖区人民法院" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, marriage.StatusCode);
        var problem = await marriage.Json();
        Assert.Equal("excluded-matter", problem.GetProperty("rule").GetString());
        Assert.Contains("婚姻关系", problem.GetProperty("detail").GetString());
        Assert.Null((await clerk.GetAsync(id)).GetProperty("agreement").GetProperty("judicialConfirmation").GetString());
    }

    [Fact]
    public async Task A_mediation_terminated_before_the_agreement_is_signed_reports_the_channel_and_no_agreement()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var dispute = await clerk.AcceptAsync(await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk), await host.PersonAsync(clerk))));
        await clerk.StepOkAsync(dispute.Id(), "agreement", new { form = "Written", facts = "事实", terms = "条款", performanceMethod = "转账", performanceDeadline = "2026-12-31" });
        var terminated = await clerk.StepOkAsync(dispute.Id(), "terminate", new { reason = "一方反悔拒绝签字", suggestedChannel = "向人民法院起诉" });
        Assert.Equal(("Terminated", "Terminated"), (terminated.State(), terminated.GetProperty("outcome").GetString()));
        Assert.NotEqual(JsonValueKind.Null, terminated.GetProperty("closedAt").ValueKind);
        var concluded = JsonDocument.Parse(await Sql.Scalar<string>(host.Database,
            "SELECT payload::text FROM mediation.outbox_messages WHERE type = 'mediation.dispute-concluded.v1' AND payload->>'disputeId' = $1", dispute.Id().ToString())).RootElement;
        Assert.Equal("Terminated", concluded.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, concluded.GetProperty("agreementId").ValueKind);
        Assert.Equal("向人民法院起诉", concluded.GetProperty("suggestedChannel").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await clerk.StepAsync(dispute.Id(), "agreement/signatures", new { kind = "CommitteeSeal" })).StatusCode);
    }

    [Fact]
    public async Task The_module_is_loaded_as_a_plugin_migrated_and_documented()
    {
        var modules = await host.Application.Client().GetFromJsonAsync<JsonElement>("/api/modules");
        var mediation = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "Mediation");
        Assert.Equal(("矛盾纠纷调处", "mediation"), (mediation.GetProperty("displayName").GetString(), mediation.GetProperty("schema").GetString()));
        Assert.Equal(2, mediation.GetProperty("appliedMigrations").GetArrayLength());
        var document = await host.Application.Client().GetFromJsonAsync<JsonElement>("/swagger/mediation/swagger.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/mediation/disputes/{id}/escalate", paths);
        Assert.Contains("/api/mediation/reports/monthly", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/mediation/", p));
        Assert.True(document.GetProperty("paths").GetProperty("/api/mediation/disputes/{id}/accept").GetProperty("post").GetProperty("responses").TryGetProperty("422", out _));
        var register = document.GetProperty("paths").GetProperty("/api/mediation/disputes").GetProperty("post");
        Assert.Equal(2, register.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("example").GetProperty("parties").GetArrayLength());
        Assert.Equal("已登记", register.GetProperty("responses").GetProperty("201").GetProperty("content")
            .GetProperty("application/json").GetProperty("example").GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task The_code_tables_hold_the_nineteen_types_and_labels_that_match_their_codes()
    {
        var tables = await host.Clerk(MediationHost.County).GetFromJsonAsync<JsonElement>("/api/mediation/code-tables");
        var types = tables.GetProperty("disputeTypes").EnumerateArray().Select(t => t.GetProperty("label").GetString()).ToList();
        Assert.Equal(19, types.Count);
        Assert.Equal("民族宗教", types[0]);
        Assert.Equal("婚姻家庭邻里等民间纠纷", types[16]);
        Assert.Equal("其他", types[18]);
        // The 天阙 bug (DOMAIN.md §1.3): the labels of the delay-request codes were swapped. Keep each code on its own label.
        Assert.Equal(
            [("Pending", "审核中"), ("Approved", "同意"), ("Refused", "不同意")],
            tables.GetProperty("extensionStates").EnumerateArray().Select(s => (s.GetProperty("code").GetString(), s.GetProperty("label").GetString())));
        Assert.Contains(tables.GetProperty("transitions").EnumerateArray(),
            t => t.GetProperty("from").GetString() == "AgreementPending" && t.GetProperty("action").GetString() == "AgreementTakesEffect"
                && t.GetProperty("to").GetString() == "Performing");
    }
}
