using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Modules.Mediation.Infrastructure.Migrations
{
    /// <summary>
    /// The dispute on the case-workflow kit: every enum stored as its name (the integers mapped explicitly, frozen here);
    /// 督办 level as text with when and by whom, 包案领导 as the kit's leader columns, the 延期 rows with the requester's and
    /// decider's names (taken from the timeline), sweeps carrying their region name; automatic 督办 steps recorded without
    /// an actor now name 系统自动督办.
    /// </summary>
    public partial class CaseWorkflowKit : Migration
    {
        private const string Schema = "mediation";
        private const string AutomaticSupervision = "系统自动督办";

        private static readonly (int Value, string Name)[] DisputeSource = [(1, "Sweep"), (2, "Application"), (3, "PetitionReferral"), (4, "CourtPoliceReferral"), (5, "GridReport")];
        private static readonly (int Value, string Name)[] DisputeType = [(1, "EthnicReligious"), (2, "VeteranResettlement"), (3, "LandAcquisition"), (4, "ConstructionProperty"), (5, "BoundaryOwnership"), (6, "EconomicActivity"), (7, "Labour"), (8, "EnterpriseRestructuring"), (9, "Environment"), (10, "JudicialActivity"), (11, "AdministrativeEnforcement"), (12, "Schools"), (13, "MaritimeFishery"), (14, "CadreConduct"), (15, "VillageAffairs"), (16, "RuralCollective"), (17, "CivilFamilyNeighbour"), (18, "Medical"), (19, "Other")];
        private static readonly (int Value, string Name)[] DisputeMatter = [(1, "StateCompensation"), (2, "SocialInsurance"), (3, "Pension"), (4, "Maintenance"), (5, "LabourRemuneration"), (6, "CivilCapacity"), (7, "PersonalInjury"), (8, "EnvironmentalDamage"), (20, "Marriage"), (21, "Adoption"), (22, "Identity"), (30, "Neighbours"), (31, "HouseAndHomestead"), (32, "ContractPerformance"), (99, "Other")];
        private static readonly (int Value, string Name)[] HandlingLevel = [(1, "Village"), (2, "Township"), (3, "County")];
        private static readonly (int Value, string Name)[] EscalationRisk = [(1, "Low"), (2, "Medium"), (3, "High")];
        private static readonly (int Value, string Name)[] DisputeState = [(1, "Registered"), (2, "Mediating"), (3, "AgreementPending"), (4, "Performing"), (5, "Performed"), (6, "Visited"), (7, "Closed"), (8, "NotSettled"), (9, "Terminated"), (10, "Declined")];
        private static readonly (int Value, string Name)[] MediationType = [(1, "People"), (2, "Administrative"), (3, "Judicial"), (4, "Joint")];
        private static readonly (int Value, string Name)[] MediationOutcome = [(1, "Settled"), (2, "NotSettled"), (3, "Terminated")];
        private static readonly (int Value, string Name)[] SupervisionLevel = [(1, "Normal"), (2, "Yellow"), (3, "Red"), (4, "Listed")];
        private static readonly (int Value, string Name)[] SweepFrequency = [(1, "Weekly"), (2, "HalfMonthly"), (3, "Monthly"), (4, "Quarterly")];
        private static readonly (int Value, string Name)[] SweepState = [(1, "Open"), (2, "Reported")];
        private static readonly (int Value, string Name)[] AgreementForm = [(1, "Written"), (2, "Oral")];
        private static readonly (int Value, string Name)[] ConfirmationState = [(1, "Applied"), (2, "Accepted"), (3, "NotAccepted"), (4, "Confirmed"), (5, "Refused")];
        private static readonly (int Value, string Name)[] SignerKind = [(1, "Party"), (2, "Mediator"), (3, "CommitteeSeal")];
        private static readonly (int Value, string Name)[] PartyRole = [(1, "Applicant"), (2, "Respondent"), (3, "Other")];
        private static readonly (int Value, string Name)[] Consent = [(1, "Pending"), (2, "Agreed"), (3, "Refused")];
        private static readonly (int Value, string Name)[] ExtensionState = [(1, "Pending"), (2, "Approved"), (3, "Refused")];

        private static readonly (string Table, string Column, int Length, (int Value, string Name)[] Members)[] Enums =
        [
            ("disputes", "source", 32, DisputeSource), ("disputes", "type", 32, DisputeType), ("disputes", "matter", 32, DisputeMatter),
            ("disputes", "level", 16, HandlingLevel), ("disputes", "risk", 16, EscalationRisk), ("disputes", "state", 32, DisputeState),
            ("disputes", "mediation_type", 16, MediationType), ("disputes", "outcome", 16, MediationOutcome),
            ("disputes", "supervision_level", 16, SupervisionLevel), ("sweeps", "level", 16, HandlingLevel),
            ("sweeps", "frequency", 16, SweepFrequency), ("sweeps", "state", 16, SweepState), ("agreements", "form", 16, AgreementForm),
            ("agreements", "confirmation_state", 16, ConfirmationState), ("agreement_signatures", "kind", 16, SignerKind),
            ("parties", "role", 16, PartyRole), ("parties", "consent", 16, Consent), ("extensions", "state", 16, ExtensionState),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(name: "fk_extensions_disputes_dispute_id", schema: Schema, table: "extensions");
            migrationBuilder.RenameIndex(name: "ix_extensions_dispute_id", schema: Schema, table: "extensions", newName: "ix_extensions_case_id");
            migrationBuilder.RenameColumn(name: "requested_by", schema: Schema, table: "extensions", newName: "requested_by_id");
            migrationBuilder.RenameColumn(name: "decided_by", schema: Schema, table: "extensions", newName: "decided_by_id");
            migrationBuilder.AddColumn<string>(name: "requested_by_name", schema: Schema, table: "extensions", type: "character varying(100)", maxLength: 100, nullable: true);
            migrationBuilder.AddColumn<string>(name: "decided_by_name", schema: Schema, table: "extensions", type: "character varying(100)", maxLength: 100, nullable: true);

            migrationBuilder.RenameColumn(name: "supervision", schema: Schema, table: "disputes", newName: "supervision_level");
            migrationBuilder.RenameColumn(name: "leader_in_charge", schema: Schema, table: "disputes", newName: "leader_name");
            foreach (var (table, column, length, members) in Enums)
            {
                migrationBuilder.Sql(
                    $"ALTER TABLE {Schema}.{table} ALTER COLUMN {column} TYPE character varying({length}) USING CASE {column} "
                    + string.Concat(members.Select(m => $"WHEN {m.Value} THEN '{m.Name}' ")) + "END;");
            }

            migrationBuilder.AlterColumn<string>(
                name: "supervision_note", schema: Schema, table: "disputes", type: "character varying(1000)", maxLength: 1000, nullable: true,
                oldClrType: typeof(string), oldType: "character varying(500)", oldMaxLength: 500, oldNullable: true);
            migrationBuilder.AddColumn<DateTimeOffset>(name: "supervised_at", schema: Schema, table: "disputes", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<string>(name: "supervised_by", schema: Schema, table: "disputes", type: "character varying(100)", maxLength: 100, nullable: true);
            migrationBuilder.AddColumn<Guid>(name: "leader_user_id", schema: Schema, table: "disputes", type: "uuid", nullable: true);
            migrationBuilder.AddColumn<List<string>>(name: "leader_team", schema: Schema, table: "disputes", type: "text[]", nullable: false, defaultValueSql: "'{}'");
            migrationBuilder.AddColumn<string>(name: "leader_plan", schema: Schema, table: "disputes", type: "character varying(2000)", maxLength: 2000, nullable: true);
            migrationBuilder.AddColumn<DateOnly>(name: "leader_deadline", schema: Schema, table: "disputes", type: "date", nullable: true);
            migrationBuilder.AddColumn<string>(name: "region_name", schema: Schema, table: "sweeps", type: "character varying(100)", maxLength: 100, nullable: false, defaultValue: "");

            migrationBuilder.Sql($"""
                UPDATE {Schema}.dispute_steps SET actor_name = '{AutomaticSupervision}'
                 WHERE action = 'Supervise' AND actor_id IS NULL AND actor_name IS NULL;
                UPDATE {Schema}.disputes d SET supervised_at = s.at, supervised_by = s.actor_name
                  FROM (SELECT DISTINCT ON (dispute_id) dispute_id, at, actor_name FROM {Schema}.dispute_steps
                         WHERE action = 'Supervise' ORDER BY dispute_id, sequence DESC) s
                 WHERE s.dispute_id = d.id AND d.supervision_level IS NOT NULL;
                UPDATE {Schema}.extensions e SET requested_by_name = s.actor_name
                  FROM {Schema}.dispute_steps s
                 WHERE s.dispute_id = e.dispute_id AND s.action = 'RequestExtension' AND s.at = e.requested_at;
                UPDATE {Schema}.extensions e SET decided_by_name = s.actor_name
                  FROM {Schema}.dispute_steps s
                 WHERE s.dispute_id = e.dispute_id AND s.action = 'DecideExtension' AND s.at = e.decided_at;
                UPDATE {Schema}.sweeps SET region_name = scope_code;
                """);

            migrationBuilder.CreateIndex(name: "ix_disputes_due_at", schema: Schema, table: "disputes", column: "due_at");
            migrationBuilder.AddForeignKey(
                name: "fk_extensions_disputes_case_id", schema: Schema, table: "extensions", column: "dispute_id", principalSchema: Schema,
                principalTable: "disputes", principalColumn: "id", onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(name: "fk_extensions_disputes_case_id", schema: Schema, table: "extensions");
            migrationBuilder.DropIndex(name: "ix_disputes_due_at", schema: Schema, table: "disputes");
            foreach (var (table, column, _, members) in Enums)
            {
                migrationBuilder.Sql(
                    $"ALTER TABLE {Schema}.{table} ALTER COLUMN {column} TYPE integer USING CASE {column} "
                    + string.Concat(members.Select(m => $"WHEN '{m.Name}' THEN {m.Value} ")) + "END;");
            }

            migrationBuilder.DropColumn(name: "region_name", schema: Schema, table: "sweeps");
            foreach (var column in new[] { "supervised_at", "supervised_by", "leader_user_id", "leader_team", "leader_plan", "leader_deadline" })
            {
                migrationBuilder.DropColumn(name: column, schema: Schema, table: "disputes");
            }

            migrationBuilder.AlterColumn<string>(
                name: "supervision_note", schema: Schema, table: "disputes", type: "character varying(500)", maxLength: 500, nullable: true,
                oldClrType: typeof(string), oldType: "character varying(1000)", oldMaxLength: 1000, oldNullable: true);
            migrationBuilder.RenameColumn(name: "leader_name", schema: Schema, table: "disputes", newName: "leader_in_charge");
            migrationBuilder.RenameColumn(name: "supervision_level", schema: Schema, table: "disputes", newName: "supervision");
            migrationBuilder.DropColumn(name: "requested_by_name", schema: Schema, table: "extensions");
            migrationBuilder.DropColumn(name: "decided_by_name", schema: Schema, table: "extensions");
            migrationBuilder.RenameColumn(name: "requested_by_id", schema: Schema, table: "extensions", newName: "requested_by");
            migrationBuilder.RenameColumn(name: "decided_by_id", schema: Schema, table: "extensions", newName: "decided_by");
            migrationBuilder.RenameIndex(name: "ix_extensions_case_id", schema: Schema, table: "extensions", newName: "ix_extensions_dispute_id");
            migrationBuilder.AddForeignKey(
                name: "fk_extensions_disputes_dispute_id", schema: Schema, table: "extensions", column: "dispute_id", principalSchema: Schema,
                principalTable: "disputes", principalColumn: "id", onDelete: ReferentialAction.Cascade);
        }
    }
}
