using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Host.Platform.Migrations
{
    /// <inheritdoc />
    public partial class WorkItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "work_items",
                schema: "platform",
                columns: table => new
                {
                    module = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    record_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    scope_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    assignee = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    warn_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_items", x => new { x.module, x.record_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_items_assignee",
                schema: "platform",
                table: "work_items",
                column: "assignee",
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_work_items_department_due_at",
                schema: "platform",
                table: "work_items",
                columns: new[] { "department", "due_at" },
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_work_items_scope_code_due_at",
                schema: "platform",
                table: "work_items",
                columns: new[] { "scope_code", "due_at" },
                filter: "closed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_items",
                schema: "platform");
        }
    }
}
