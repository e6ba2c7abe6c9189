using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Modules.Registry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DurableImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "file_path",
                schema: "registry",
                table: "person_imports",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "host",
                schema: "registry",
                table: "person_imports",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            // Imports queued before this version lived in the old process's memory only: their files are not known.
            migrationBuilder.Sql(
                "UPDATE registry.person_imports SET state = 4, finished_at = now(), " +
                "error = '服务升级，导入中断，未写入任何数据；请重新上传文件' WHERE state IN (1, 2)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "file_path",
                schema: "registry",
                table: "person_imports");

            migrationBuilder.DropColumn(
                name: "host",
                schema: "registry",
                table: "person_imports");
        }
    }
}
