using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Platform.Migrations
{
    /// <inheritdoc />
    public partial class AuditChainOffCommitPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_audit_log",
                schema: "platform",
                table: "audit_log");

            migrationBuilder.AlterColumn<string>(
                name: "previous_hash",
                schema: "platform",
                table: "audit_log",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character(64)",
                oldFixedLength: true,
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "hash",
                schema: "platform",
                table: "audit_log",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character(64)",
                oldFixedLength: true,
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<long>(
                name: "sequence",
                schema: "platform",
                table: "audit_log",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            // Existing rows are all linked, so the ids they get (in storage order) never matter to the chain.
            migrationBuilder.Sql("ALTER TABLE platform.audit_log ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY NOT NULL");
            migrationBuilder.Sql(AuditLogSql.AllowLinking);

            migrationBuilder.AddPrimaryKey(
                name: "pk_audit_log",
                schema: "platform",
                table: "audit_log",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_sequence",
                schema: "platform",
                table: "audit_log",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_unlinked",
                schema: "platform",
                table: "audit_log",
                column: "id",
                filter: "hash IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditLogSql.RefuseEveryUpdate);
            migrationBuilder.DropPrimaryKey(
                name: "pk_audit_log",
                schema: "platform",
                table: "audit_log");

            migrationBuilder.DropIndex(
                name: "ix_audit_log_sequence",
                schema: "platform",
                table: "audit_log");

            migrationBuilder.DropIndex(
                name: "ix_audit_log_unlinked",
                schema: "platform",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "id",
                schema: "platform",
                table: "audit_log");

            migrationBuilder.AlterColumn<long>(
                name: "sequence",
                schema: "platform",
                table: "audit_log",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "previous_hash",
                schema: "platform",
                table: "audit_log",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character(64)",
                oldFixedLength: true,
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "hash",
                schema: "platform",
                table: "audit_log",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character(64)",
                oldFixedLength: true,
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_audit_log",
                schema: "platform",
                table: "audit_log",
                column: "sequence");
        }
    }
}
