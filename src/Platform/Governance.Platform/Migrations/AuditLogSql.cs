namespace Governance.Platform.Migrations;

/// <summary>
/// The database's own guard of the append-only audit log, applied by the <c>PlatformServices</c> migration:
/// UPDATE, DELETE and TRUNCATE of <c>platform.audit_log</c> raise an error whoever runs them. Since
/// <c>AuditChainOffCommitPath</c> one UPDATE passes: linking a row that has no hash yet, its other columns unchanged.
/// Once released, change it only through a new migration.
/// </summary>
internal static class AuditLogSql
{
    public const string CreateAppendOnlyGuard = RefuseEveryUpdate +
        """
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON platform.audit_log
            FOR EACH ROW EXECUTE FUNCTION platform.audit_log_append_only();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON platform.audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION platform.audit_log_append_only();
        """;

    public const string AllowLinking =
        """
        CREATE OR REPLACE FUNCTION platform.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
               AND (NEW.id, NEW.occurred_at, NEW.user_id, NEW.user_name, NEW.department, NEW.client_address, NEW.operation,
                    NEW.module, NEW.record_type, NEW.record_id, NEW.outcome, NEW.detail)
                   IS NOT DISTINCT FROM
                   (OLD.id, OLD.occurred_at, OLD.user_id, OLD.user_name, OLD.department, OLD.client_address, OLD.operation,
                    OLD.module, OLD.record_type, OLD.record_id, OLD.outcome, OLD.detail) THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '审计日志只允许追加，不能修改或删除 (platform.audit_log is append-only; % refused)', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        """;

    public const string RefuseEveryUpdate =
        """
        CREATE OR REPLACE FUNCTION platform.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '审计日志只允许追加，不能修改或删除 (platform.audit_log is append-only; % refused)', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        """;

    public const string DropAppendOnlyGuard =
        """
        DROP TRIGGER IF EXISTS audit_log_no_truncate ON platform.audit_log;
        DROP TRIGGER IF EXISTS audit_log_append_only ON platform.audit_log;
        DROP FUNCTION IF EXISTS platform.audit_log_append_only();
        """;
}
