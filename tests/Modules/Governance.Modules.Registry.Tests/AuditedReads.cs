using Governance.Testing;

namespace Governance.Modules.Registry.Tests;

/// <summary>The sensitive reads the platform's audit trail holds, read straight from <c>platform.audit_log</c>.</summary>
public sealed class AuditedReads(string database)
{
    public Task<long> Of(Guid recordId) =>
        Sql.Scalar<long>(database, "SELECT count(*) FROM platform.audit_log WHERE operation = 'read' AND record_id = $1", recordId.ToString());

    public Task<long> Of(Guid recordId, string module, string recordType) =>
        Sql.Scalar<long>(database,
            "SELECT count(*) FROM platform.audit_log WHERE operation = 'read' AND record_id = $1 AND module = $2 AND record_type = $3",
            recordId.ToString(), module, recordType);
}
