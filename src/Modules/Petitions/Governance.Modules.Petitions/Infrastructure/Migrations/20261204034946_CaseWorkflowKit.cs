using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Modules.Petitions.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseWorkflowKit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_petitions_state_current_due", schema: "petitions", table: "petitions");
            migrationBuilder.RenameColumn(name: "current_due", schema: "petitions", table: "petitions", newName: "due_at");
            migrationBuilder.RenameColumn(name: "current_warn_from", schema: "petitions", table: "petitions", newName: "warn_from");
            migrationBuilder.RenameColumn(name: "leader_id", schema: "petitions", table: "petitions", newName: "leader_user_id");
            migrationBuilder.AlterColumn<string>(
                name: "supervision_level", schema: "petitions", table: "petitions", type: "character varying(16)", maxLength: 16,
                nullable: true, oldClrType: typeof(string), oldType: "character varying(32)", oldMaxLength: 32, oldNullable: true);
            migrationBuilder.AddColumn<string>(
                name: "supervised_by", schema: "petitions", table: "petitions", type: "character varying(100)", maxLength: 100, nullable: true);
            migrationBuilder.AddColumn<bool>(name: "answered_on_time", schema: "petitions", table: "petitions", type: "boolean", nullable: true);

            migrationBuilder.CreateTable(
                name: "extensions",
                schema: "petitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    petition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_extensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_extensions_petitions_case_id",
                        column: x => x.petition_id,
                        principalSchema: "petitions",
                        principalTable: "petitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The one inline 延期 of a petition becomes its row (who asked was not kept); whether the answer met the
            // (extended) handling deadline is kept before the extended due date goes.
            migrationBuilder.Sql("""
                INSERT INTO petitions.extensions (id, petition_id, days, reason, state, requested_at, decided_by_name)
                SELECT gen_random_uuid(), id, coalesce(extension_days, 0), coalesce(extension_reason, ''), extension_state,
                       coalesce(extension_requested_at, updated_at), extension_decided_by
                FROM petitions.petitions
                WHERE extension_state IN ('Pending', 'Approved', 'Refused');
                UPDATE petitions.petitions
                SET answered_on_time = answered_at <= coalesce(extended_due, handling_due)
                WHERE answered_at IS NOT NULL AND coalesce(extended_due, handling_due) IS NOT NULL;
                """);

            foreach (var column in new[] { "extension_days", "extension_reason", "extension_state", "extension_requested_at", "extension_decided_by", "extended_due" })
            {
                migrationBuilder.DropColumn(name: column, schema: "petitions", table: "petitions");
            }

            migrationBuilder.CreateIndex(name: "ix_petitions_due_at", schema: "petitions", table: "petitions", column: "due_at");
            migrationBuilder.CreateIndex(name: "ix_petitions_state", schema: "petitions", table: "petitions", column: "state");
            migrationBuilder.CreateIndex(name: "ix_extensions_case_id", schema: "petitions", table: "extensions", column: "petition_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_petitions_due_at", schema: "petitions", table: "petitions");
            migrationBuilder.DropIndex(name: "ix_petitions_state", schema: "petitions", table: "petitions");
            migrationBuilder.AddColumn<DateTimeOffset>(name: "extended_due", schema: "petitions", table: "petitions", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<string>(name: "extension_decided_by", schema: "petitions", table: "petitions", type: "character varying(100)", maxLength: 100, nullable: true);
            migrationBuilder.AddColumn<DateTimeOffset>(name: "extension_requested_at", schema: "petitions", table: "petitions", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<string>(name: "extension_state", schema: "petitions", table: "petitions", type: "character varying(32)", maxLength: 32, nullable: false, defaultValue: "None");
            migrationBuilder.AddColumn<string>(name: "extension_reason", schema: "petitions", table: "petitions", type: "character varying(1000)", maxLength: 1000, nullable: true);
            migrationBuilder.AddColumn<int>(name: "extension_days", schema: "petitions", table: "petitions", type: "integer", nullable: true);
            migrationBuilder.Sql("""
                UPDATE petitions.petitions p
                SET extension_days = e.days, extension_reason = e.reason, extension_state = e.state, extension_requested_at = e.requested_at,
                    extension_decided_by = e.decided_by_name,
                    extended_due = CASE WHEN e.state = 'Approved' THEN p.handling_due + make_interval(days => e.days) END
                FROM (SELECT DISTINCT ON (petition_id) * FROM petitions.extensions ORDER BY petition_id, requested_at DESC) e
                WHERE e.petition_id = p.id;
                """);
            migrationBuilder.DropTable(name: "extensions", schema: "petitions");
            migrationBuilder.DropColumn(name: "answered_on_time", schema: "petitions", table: "petitions");
            migrationBuilder.DropColumn(name: "supervised_by", schema: "petitions", table: "petitions");
            migrationBuilder.AlterColumn<string>(
                name: "supervision_level", schema: "petitions", table: "petitions", type: "character varying(32)", maxLength: 32,
                nullable: true, oldClrType: typeof(string), oldType: "character varying(16)", oldMaxLength: 16, oldNullable: true);
            migrationBuilder.RenameColumn(name: "leader_user_id", schema: "petitions", table: "petitions", newName: "leader_id");
            migrationBuilder.RenameColumn(name: "warn_from", schema: "petitions", table: "petitions", newName: "current_warn_from");
            migrationBuilder.RenameColumn(name: "due_at", schema: "petitions", table: "petitions", newName: "current_due");
            migrationBuilder.CreateIndex(name: "ix_petitions_state_current_due", schema: "petitions", table: "petitions", columns: new[] { "state", "current_due" });
        }
    }
}
