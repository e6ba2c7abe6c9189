using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Workflow;
using Governance.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Modules.Mediation.UnitTests.Storage;

/// <summary>
/// The CaseWorkflowKit migration carries what the Initial schema held: a database at Initial with rows in the old shape
/// (enums as integers, 包案领导 as one string, 延期 by user id, automatic 督办 without an actor) migrated to the latest.
/// </summary>
public sealed class CaseWorkflowKitMigrationTests
{
    private static readonly Guid DisputeId = Guid.Parse("0193a0c0-0000-7000-8000-000000000001");
    private static readonly Guid Requester = Guid.Parse("0193a0c0-0000-7000-8000-0000000000aa");
    private static readonly Guid Approver = Guid.Parse("0193a0c0-0000-7000-8000-0000000000bb");

    [Fact]
    public async Task Existing_disputes_sweeps_and_extensions_are_read_back_in_the_kits_shape()
    {
        var connection = await PostgresServer.CreateDatabaseAsync("mediation_migration");
        Environment.SetEnvironmentVariable("ConnectionStrings__Governance", connection);
        await using (var db = new MediationDesignTimeFactory().CreateDbContext([]))
        {
            var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
            await migrator.MigrateAsync("20261201222132_Initial");
            await db.Database.ExecuteSqlRawAsync(OldRows);
            await migrator.MigrateAsync();
        }

        await using var fresh = new MediationDesignTimeFactory().CreateDbContext([]);
        var dispute = await fresh.Disputes.Include(d => d.Extensions).Include(d => d.Parties).Include(d => d.Agreement).ThenInclude(a => a!.Signatures)
            .AsSplitQuery().SingleAsync();
        Assert.Equal((DisputeState.Performing, HandlingLevel.Township, DisputeType.Labour, DisputeMatter.LabourRemuneration),
            (dispute.State, dispute.Level, dispute.Type, dispute.Matter));
        Assert.Equal((DisputeSource.Sweep, EscalationRisk.High, MediationType.People, Contracts.MediationOutcome.Settled),
            (dispute.Source, dispute.Risk, dispute.MediationType, dispute.Outcome));
        Assert.Equal((SupervisionLevel.Red, "超期未办结，系统自动红牌督办", "系统自动督办"), (dispute.Supervision.Level, dispute.Supervision.Note, dispute.Supervision.By));
        Assert.Equal("区委副书记 陈某", dispute.Leader.Name);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), dispute.Deadline.Due);
        Assert.Equal([(PartyRole.Applicant, Consent.Agreed), (PartyRole.Respondent, Consent.Agreed)],
            dispute.Parties.OrderBy(p => p.Role).Select(p => (p.Role, p.Consent)));
        Assert.Equal((AgreementForm.Written, ConfirmationState.Accepted), (dispute.Agreement!.Form, dispute.Agreement.Confirmation!.State));
        Assert.Equal(SignerKind.CommitteeSeal, Assert.Single(dispute.Agreement.Signatures).Kind);

        var extension = Assert.Single(dispute.Extensions);
        Assert.Equal((ExtensionState.Approved, 15, Requester, "李调解", Approver, "王所长"),
            (extension.State, extension.Days, extension.RequestedById, extension.RequestedByName, extension.DecidedById, extension.DecidedByName));

        var automatic = await fresh.Steps.SingleAsync(s => s.Action == "Supervise");
        Assert.Equal("系统自动督办", automatic.ActorName);

        var sweep = await fresh.Sweeps.SingleAsync();
        Assert.Equal((SweepState.Reported, SweepFrequency.Weekly, HandlingLevel.Village, "330106002051"),
            (sweep.State, sweep.Frequency, sweep.Level, sweep.RegionName));
        Assert.Equal(SweepState.Reported.Label(), Assert.Single(sweep.WorkItems()).Status);
    }

    private const string OldRows = """
        INSERT INTO mediation.disputes (id, number, source, type, matter, subject, scope_code, level, handling_scope, headcount, risk,
            is_major, state, mediation_type, committee, mediators, registered_at, accepted_at, due_at, warn_from, outcome, supervision,
            supervision_note, leader_in_charge, updated_at)
        VALUES ('0193a0c0-0000-7000-8000-000000000001', '330106-2026-000001', 1, 7, 5, '欠薪纠纷', '330106002051', 2, '330106002', 30, 3,
            true, 4, 1, '北山街道人民调解委员会', ARRAY['李调解'], '2026-09-01T02:00:00Z', '2026-09-01T03:00:00Z', '2026-10-01T00:00:00Z',
            '2026-09-28T00:00:00Z', 1, 3, '超期未办结，系统自动红牌督办', '区委副书记 陈某', '2026-09-20T00:00:00Z');
        INSERT INTO mediation.parties (id, dispute_id, role, person_id, consent, is_supervised) VALUES
            ('0193a0c0-0000-7000-8000-000000000011', '0193a0c0-0000-7000-8000-000000000001', 1, gen_random_uuid(), 2, false),
            ('0193a0c0-0000-7000-8000-000000000012', '0193a0c0-0000-7000-8000-000000000001', 2, gen_random_uuid(), 2, false);
        INSERT INTO mediation.agreements (id, dispute_id, form, facts, terms, performance_method, reached_at, confirmation_state,
            confirmation_court, confirmation_applied_at, confirmation_acceptance_due_at)
        VALUES ('0193a0c0-0000-7000-8000-000000000021', '0193a0c0-0000-7000-8000-000000000001', 1, '事实', '条款', '当面',
            '2026-09-10T00:00:00Z', 2, '西湖区人民法院', '2026-09-11T00:00:00Z', '2026-09-14T00:00:00Z');
        INSERT INTO mediation.agreement_signatures (id, agreement_id, kind, signer_name, signed_at)
        VALUES ('0193a0c0-0000-7000-8000-000000000031', '0193a0c0-0000-7000-8000-000000000021', 3, '北山街道人民调解委员会', '2026-09-10T00:00:00Z');
        INSERT INTO mediation.extensions (id, dispute_id, days, reason, state, requested_at, requested_by, decided_at, decided_by, decision_note)
        VALUES ('0193a0c0-0000-7000-8000-000000000041', '0193a0c0-0000-7000-8000-000000000001', 15, '等待鉴定', 2, '2026-09-05T00:00:00Z',
            '0193a0c0-0000-7000-8000-0000000000aa', '2026-09-06T00:00:00Z', '0193a0c0-0000-7000-8000-0000000000bb', '同意');
        INSERT INTO mediation.dispute_steps (id, dispute_id, at, actor_id, actor_name, action, action_name, note) VALUES
            (gen_random_uuid(), '0193a0c0-0000-7000-8000-000000000001', '2026-09-05T00:00:00Z', '0193a0c0-0000-7000-8000-0000000000aa', '李调解', 'RequestExtension', '申请延期', '申请延期 15 天'),
            (gen_random_uuid(), '0193a0c0-0000-7000-8000-000000000001', '2026-09-06T00:00:00Z', '0193a0c0-0000-7000-8000-0000000000bb', '王所长', 'DecideExtension', '审批延期', '同意延期 15 天'),
            (gen_random_uuid(), '0193a0c0-0000-7000-8000-000000000001', '2026-10-02T00:00:00Z', NULL, NULL, 'Supervise', '督办', '红牌督办：超期未办结');
        INSERT INTO mediation.sweeps (id, scope_code, level, frequency, period_start, period_end, opened_at, due_at, warn_from, state,
            found_count, zero_report, late)
        VALUES (gen_random_uuid(), '330106002051', 1, 1, '2026-08-31', '2026-09-06', '2026-08-31T00:00:00Z', '2026-09-06T16:00:00Z',
            '2026-09-05T16:00:00Z', 2, 0, true, false);
        """;
}
