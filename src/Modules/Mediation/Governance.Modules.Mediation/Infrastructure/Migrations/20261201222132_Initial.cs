using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Governance.Modules.Mediation.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "mediation");

            migrationBuilder.CreateSequence(
                name: "dispute_numbers",
                schema: "mediation");

            migrationBuilder.CreateTable(
                name: "dispute_steps",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    actor_department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    action_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    from_state = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    to_state = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dispute_steps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disputes",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source = table.Column<int>(type: "integer", nullable: false),
                    source_module = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    source_record_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    sweep_id = table.Column<Guid>(type: "uuid", nullable: true),
                    type = table.Column<int>(type: "integer", nullable: false),
                    matter = table.Column<int>(type: "integer", nullable: true),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: true),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    scope_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    handling_scope = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    handling_department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    headcount = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    risk = table.Column<int>(type: "integer", nullable: false),
                    is_major = table.Column<bool>(type: "boolean", nullable: false),
                    related_hazard_id = table.Column<Guid>(type: "uuid", nullable: true),
                    related_house_id = table.Column<Guid>(type: "uuid", nullable: true),
                    state = table.Column<int>(type: "integer", nullable: false),
                    mediation_type = table.Column<int>(type: "integer", nullable: true),
                    committee = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    mediators = table.Column<List<string>>(type: "text[]", nullable: false),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    warn_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    concluded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<int>(type: "integer", nullable: true),
                    outcome_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    suggested_channel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    supervision = table.Column<int>(type: "integer", nullable: true),
                    supervision_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    leader_in_charge = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disputes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                schema: "mediation",
                columns: table => new
                {
                    scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    response_body = table.Column<string>(type: "jsonb", nullable: true),
                    location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    e_tag = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.scope, x.key });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "mediation",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dead_lettered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sweeps",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    frequency = table.Column<int>(type: "integer", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    warn_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reported_by = table.Column<Guid>(type: "uuid", nullable: true),
                    reported_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    found_count = table.Column<int>(type: "integer", nullable: false),
                    zero_report = table.Column<bool>(type: "boolean", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sweeps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "agreements",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form = table.Column<int>(type: "integer", nullable: false),
                    facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    terms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    performance_method = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    performance_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    reached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    effective_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    performed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    performance_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    confirmation_state = table.Column<int>(type: "integer", nullable: true),
                    confirmation_court = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    confirmation_applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmation_acceptance_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmation_accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmation_case_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    confirmation_decision_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmation_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmation_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreements", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreements_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalSchema: "mediation",
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "extensions",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_extensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_extensions_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalSchema: "mediation",
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_ups",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    visitor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    satisfied = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_ups_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalSchema: "mediation",
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "parties",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    consent = table.Column<int>(type: "integer", nullable: false),
                    consent_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    is_supervised = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parties", x => x.id);
                    table.ForeignKey(
                        name: "fk_parties_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalSchema: "mediation",
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    attendees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    record = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_sessions_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalSchema: "mediation",
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                schema: "mediation",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dead_lettered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_deliveries", x => new { x.message_id, x.handler });
                    table.ForeignKey(
                        name: "fk_outbox_deliveries_outbox_messages_message_id",
                        column: x => x.message_id,
                        principalSchema: "mediation",
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_signatures",
                schema: "mediation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: true),
                    signer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_signatures", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_signatures_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalSchema: "mediation",
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_signatures_agreement_id",
                schema: "mediation",
                table: "agreement_signatures",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_dispute_id",
                schema: "mediation",
                table: "agreements",
                column: "dispute_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dispute_steps_dispute_id_sequence",
                schema: "mediation",
                table: "dispute_steps",
                columns: new[] { "dispute_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_concluded_at",
                schema: "mediation",
                table: "disputes",
                column: "concluded_at");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_number",
                schema: "mediation",
                table: "disputes",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disputes_registered_at",
                schema: "mediation",
                table: "disputes",
                column: "registered_at");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_scope_code",
                schema: "mediation",
                table: "disputes",
                column: "scope_code")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_source_module_source_record_id",
                schema: "mediation",
                table: "disputes",
                columns: new[] { "source_module", "source_record_id" },
                unique: true,
                filter: "source_module IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_sweep_id",
                schema: "mediation",
                table: "disputes",
                column: "sweep_id");

            migrationBuilder.CreateIndex(
                name: "ix_extensions_dispute_id",
                schema: "mediation",
                table: "extensions",
                column: "dispute_id");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_dispute_id",
                schema: "mediation",
                table: "follow_ups",
                column: "dispute_id");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                schema: "mediation",
                table: "idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "mediation",
                table: "outbox_messages",
                columns: new[] { "occurred_at", "id" },
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_parties_dispute_id",
                schema: "mediation",
                table: "parties",
                column: "dispute_id");

            migrationBuilder.CreateIndex(
                name: "ix_parties_person_id",
                schema: "mediation",
                table: "parties",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_dispute_id",
                schema: "mediation",
                table: "sessions",
                column: "dispute_id");

            migrationBuilder.CreateIndex(
                name: "ix_sweeps_period_start",
                schema: "mediation",
                table: "sweeps",
                column: "period_start");

            migrationBuilder.CreateIndex(
                name: "ix_sweeps_scope_code_period_start",
                schema: "mediation",
                table: "sweeps",
                columns: new[] { "scope_code", "period_start" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_signatures",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "dispute_steps",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "extensions",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "follow_ups",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "idempotency_keys",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "parties",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "sweeps",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "agreements",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "disputes",
                schema: "mediation");

            migrationBuilder.DropSequence(
                name: "dispute_numbers",
                schema: "mediation");
        }
    }
}
