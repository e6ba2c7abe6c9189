using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Modules.Registry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registry");

            migrationBuilder.CreateTable(
                name: "addresses",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    full_text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    region = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false),
                    grid = table.Column<string>(type: "character varying(15)", unicode: false, maxLength: 15, nullable: true),
                    scope_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_addresses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grids",
                schema: "registry",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(15)", unicode: false, maxLength: 15, nullable: false),
                    village = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false),
                    scope_code = table.Column<string>(type: "character varying(15)", unicode: false, maxLength: 15, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    worker_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    boundary = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grids", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                schema: "registry",
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
                schema: "registry",
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
                schema: "registry",
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
                name: "person_imports",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    rows_valid = table.Column<int>(type: "integer", nullable: false),
                    rows_invalid = table.Column<int>(type: "integer", nullable: false),
                    inserted = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: true),
                    jurisdiction = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "person_merges",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    surviving_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    merged_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    merged_citizen_id = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    merged_snapshot = table.Column<string>(type: "jsonb", nullable: true),
                    previous_citizen_id = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    citizen_id = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    scope_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    performed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    performed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_merges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    citizen_id = table.Column<string>(type: "character varying(18)", unicode: false, maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    sex = table.Column<int>(type: "integer", nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    ethnicity = table.Column<string>(type: "character varying(2)", unicode: false, maxLength: 2, nullable: false),
                    household_region = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: true),
                    household_address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    current_region = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false),
                    grid = table.Column<string>(type: "character varying(15)", unicode: false, maxLength: 15, nullable: true),
                    current_address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    scope_code = table.Column<string>(type: "character varying(15)", unicode: false, maxLength: 15, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: true),
                    population_type = table.Column<int>(type: "integer", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    import_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persons", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                schema: "registry",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    prefix = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    parent_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    edition = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                schema: "registry",
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
                        principalSchema: "registry",
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_import_errors",
                schema: "registry",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    row = table.Column<int>(type: "integer", nullable: false),
                    column = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_import_errors", x => new { x.import_id, x.seq });
                    table.ForeignKey(
                        name: "fk_person_import_errors_person_imports_import_id",
                        column: x => x.import_id,
                        principalSchema: "registry",
                        principalTable: "person_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "houses",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    address_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    owner_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_rental = table.Column<bool>(type: "boolean", nullable: false),
                    rooms = table.Column<int>(type: "integer", nullable: false),
                    area = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    scope_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_houses", x => x.id);
                    table.ForeignKey(
                        name: "fk_houses_addresses_address_id",
                        column: x => x.address_id,
                        principalSchema: "registry",
                        principalTable: "addresses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_houses_persons_owner_person_id",
                        column: x => x.owner_person_id,
                        principalSchema: "registry",
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", unicode: false, maxLength: 18, nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    address_id = table.Column<Guid>(type: "uuid", nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    legal_representative_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    region = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false),
                    grid = table.Column<string>(type: "character varying(15)", unicode: false, maxLength: 15, nullable: true),
                    scope_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisations_addresses_address_id",
                        column: x => x.address_id,
                        principalSchema: "registry",
                        principalTable: "addresses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organisations_persons_legal_representative_person_id",
                        column: x => x.legal_representative_person_id,
                        principalSchema: "registry",
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_addresses_code",
                schema: "registry",
                table: "addresses",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_addresses_scope_code",
                schema: "registry",
                table: "addresses",
                column: "scope_code")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_grids_scope_code",
                schema: "registry",
                table: "grids",
                column: "scope_code")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_grids_village",
                schema: "registry",
                table: "grids",
                column: "village");

            migrationBuilder.CreateIndex(
                name: "ix_houses_address_id",
                schema: "registry",
                table: "houses",
                column: "address_id");

            migrationBuilder.CreateIndex(
                name: "ix_houses_owner_person_id",
                schema: "registry",
                table: "houses",
                column: "owner_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_houses_scope_code",
                schema: "registry",
                table: "houses",
                column: "scope_code")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                schema: "registry",
                table: "idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_address_id",
                schema: "registry",
                table: "organisations",
                column: "address_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_credit_code",
                schema: "registry",
                table: "organisations",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_legal_representative_person_id",
                schema: "registry",
                table: "organisations",
                column: "legal_representative_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name",
                schema: "registry",
                table: "organisations",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_scope_code",
                schema: "registry",
                table: "organisations",
                column: "scope_code")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "registry",
                table: "outbox_messages",
                columns: new[] { "occurred_at", "id" },
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_person_imports_state",
                schema: "registry",
                table: "person_imports",
                column: "state");

            migrationBuilder.CreateIndex(
                name: "ix_person_merges_merged_person_id",
                schema: "registry",
                table: "person_merges",
                column: "merged_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_merges_surviving_person_id",
                schema: "registry",
                table: "person_merges",
                column: "surviving_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_persons_citizen_id",
                schema: "registry",
                table: "persons",
                column: "citizen_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_persons_phone",
                schema: "registry",
                table: "persons",
                column: "phone");

            migrationBuilder.CreateIndex(
                name: "ix_persons_scope_code_name",
                schema: "registry",
                table: "persons",
                columns: new[] { "scope_code", "name" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_regions_name",
                schema: "registry",
                table: "regions",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_regions_parent_code",
                schema: "registry",
                table: "regions",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "ix_regions_prefix",
                schema: "registry",
                table: "regions",
                column: "prefix")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grids",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "houses",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "idempotency_keys",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "organisations",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "person_import_errors",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "person_merges",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "regions",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "addresses",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "persons",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "person_imports",
                schema: "registry");
        }
    }
}
