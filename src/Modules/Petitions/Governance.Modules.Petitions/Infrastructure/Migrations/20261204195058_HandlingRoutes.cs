using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Modules.Petitions.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class HandlingRoutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "handling_route",
                schema: "petitions",
                table: "petitions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            // Every petition accepted so far ran on the 意见书's 60 days: that is the route it was handled on.
            migrationBuilder.Sql(
                "UPDATE petitions.petitions SET handling_route = 'Opinion' WHERE accepted_at IS NOT NULL AND category = 'Claim'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "handling_route",
                schema: "petitions",
                table: "petitions");
        }
    }
}
