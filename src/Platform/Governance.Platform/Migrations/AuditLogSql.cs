namespace Governance.Platform.Migrations;

/// <summary>
/// The database's own guard of the append-only audit log, applied by the <c>PlatformServices</c> migration:
/// UPDATE, DELETE and TRUNCATE of <c>platform.audit_log</c> raise an error whoever runs them. Once released, change
/// it only through a new migration.
/// </summary>
internal static class AuditLogSql
{
    public const string CreateAppendOnlyGuard =
        """
        CREATE FUNCTION platform.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '审计日志只允许追加，不能修改或删除 (platform.audit_log is append-only; % refused)', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON platform.audit_log
            FOR EACH ROW EXECUTE FUNCTION platform.audit_log_append_only();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON platform.audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION platform.audit_log_append_only();
        """;

    public const string DropAppendOnlyGuard =
        """
        DROP TRIGGER IF EXISTS audit_log_no_truncate ON platform.audit_log;
        DROP TRIGGER IF EXISTS audit_log_append_only ON platform.audit_log;
        DROP FUNCTION IF EXISTS platform.audit_log_append_only();
        """;
}
