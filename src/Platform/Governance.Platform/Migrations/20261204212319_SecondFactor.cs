using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Platform.Migrations
{
    /// <inheritdoc />
    public partial class SecondFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "recovery_code_hashes",
                schema: "platform",
                table: "users",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<bool>(
                name: "second_factor_enabled",
                schema: "platform",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "second_factor_last_step",
                schema: "platform",
                table: "users",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "second_factor_secret",
                schema: "platform",
                table: "users",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "requires_second_factor",
                schema: "platform",
                table: "roles",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "recovery_code_hashes",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "second_factor_enabled",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "second_factor_last_step",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "second_factor_secret",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "requires_second_factor",
                schema: "platform",
                table: "roles");
        }
    }
}
