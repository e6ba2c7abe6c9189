using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Modules.Petitions.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReviewBodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "handling_body",
                schema: "petitions",
                table: "petitions",
                type: "character varying(15)",
                unicode: false,
                maxLength: 15,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "re_review_body",
                schema: "petitions",
                table: "petitions",
                type: "character varying(15)",
                unicode: false,
                maxLength: 15,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_body",
                schema: "petitions",
                table: "petitions",
                type: "character varying(15)",
                unicode: false,
                maxLength: 15,
                nullable: true);

            // Petitions accepted before the bodies were recorded: taken as handled by the township of their region (the
            // county for one registered at county level), reviewed by the body above it and re-reviewed by the one above that.
            migrationBuilder.Sql("""
                UPDATE petitions.petitions
                SET handling_body = CASE WHEN substr(scope_code, 7, 3) <> '000' THEN left(scope_code, 9) ELSE left(scope_code, 6) END
                WHERE accepted_at IS NOT NULL;
                UPDATE petitions.petitions
                SET review_body = left(handling_body, CASE WHEN length(handling_body) = 9 THEN 6 ELSE 4 END)
                WHERE review_requested_at IS NOT NULL AND handling_body IS NOT NULL;
                UPDATE petitions.petitions
                SET re_review_body = left(review_body, CASE WHEN length(review_body) = 6 THEN 4 ELSE 2 END)
                WHERE re_review_requested_at IS NOT NULL AND review_body IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "handling_body",
                schema: "petitions",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "re_review_body",
                schema: "petitions",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "review_body",
                schema: "petitions",
                table: "petitions");
        }
    }
}
