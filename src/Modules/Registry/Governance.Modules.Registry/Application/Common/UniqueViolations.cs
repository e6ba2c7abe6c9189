using Npgsql;

namespace Governance.Modules.Registry.Application.Common;

internal static class UniqueViolations
{
    /// <summary>True when a concurrent request inserted the same unique value between our check and our insert.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
