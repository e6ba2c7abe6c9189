using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Governance.Modules.Petitions.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "petitions");

            migrationBuilder.CreateSequence(
                name: "tracking_number_seq",
                schema: "petitions");

            migrationBuilder.CreateTable(
                name: "hearings",
                schema: "petitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    petition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hearings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                schema: "petitions",
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
                schema: "petitions",
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
                schema: "petitions",
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
                name: "petition_steps",
                schema: "petitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    petition_id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("pk_petition_steps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "petitions",
                schema: "petitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    query_code_hash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    domain = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    scope_code = table.Column<string>(type: "character varying(15)", unicode: false, maxLength: 15, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    petitioner_person_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    petitioner_organisation_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    representative_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    headcount = table.Column<int>(type: "integer", nullable: false),
                    is_collective = table.Column<bool>(type: "boolean", nullable: false),
                    cannot_notify = table.Column<bool>(type: "boolean", nullable: false),
                    is_repeat = table.Column<bool>(type: "boolean", nullable: false),
                    original_petition_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_litigation_related = table.Column<bool>(type: "boolean", nullable: false),
                    litigation_channel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_major_urgent = table.Column<bool>(type: "boolean", nullable: false),
                    reported_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    route_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    handling_department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    routed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    not_accepted_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    suggested_channel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registration_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notice_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notice_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acceptance_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    objection_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    handling_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    extended_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    extension_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    extension_days = table.Column<int>(type: "integer", nullable: true),
                    extension_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    extension_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    extension_decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    answer_outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    answer_basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    answer_opinion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    answered_from_mediation = table.Column<bool>(type: "boolean", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    satisfaction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_request_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    review_opinion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    review_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    re_review_request_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    re_review_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    re_review_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    hearing_days = table.Column<int>(type: "integer", nullable: false),
                    re_review_outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    re_review_opinion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    re_review_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finalized_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    supervision_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    supervision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    supervised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    leader_id = table.Column<Guid>(type: "uuid", nullable: true),
                    leader_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    leader_team = table.Column<List<string>>(type: "text[]", nullable: false),
                    leader_plan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    leader_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    joint_departments = table.Column<List<string>>(type: "text[]", nullable: false),
                    mediation_referral = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    mediation_referred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dispute_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    mediation_outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    mediation_agreement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mediation_agreement_summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    mediation_concluded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    legal_aid_referral = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    hazard_referral = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    current_due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    current_warn_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_petitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                schema: "petitions",
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
                        principalSchema: "petitions",
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_hearings_petition_id",
                schema: "petitions",
                table: "hearings",
                column: "petition_id");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                schema: "petitions",
                table: "idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "petitions",
                table: "outbox_messages",
                columns: new[] { "occurred_at", "id" },
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_petition_steps_petition_id_sequence",
                schema: "petitions",
                table: "petition_steps",
                columns: new[] { "petition_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_petitions_petitioner_person_ids",
                schema: "petitions",
                table: "petitions",
                column: "petitioner_person_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_received_at",
                schema: "petitions",
                table: "petitions",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_scope_code",
                schema: "petitions",
                table: "petitions",
                column: "scope_code")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_petitions_state_current_due",
                schema: "petitions",
                table: "petitions",
                columns: new[] { "state", "current_due" });

            migrationBuilder.CreateIndex(
                name: "ix_petitions_tracking_number",
                schema: "petitions",
                table: "petitions",
                column: "tracking_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hearings",
                schema: "petitions");

            migrationBuilder.DropTable(
                name: "idempotency_keys",
                schema: "petitions");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "petitions");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "petitions");

            migrationBuilder.DropTable(
                name: "petition_steps",
                schema: "petitions");

            migrationBuilder.DropTable(
                name: "petitions",
                schema: "petitions");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "petitions");

            migrationBuilder.DropSequence(
                name: "tracking_number_seq",
                schema: "petitions");
        }
    }
}
