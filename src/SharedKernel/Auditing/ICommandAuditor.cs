using Microsoft.EntityFrameworkCore;

namespace Governance.SharedKernel.Auditing;

/// <summary>
/// Writes the audit row of a command (implemented by the host). Who and from where come from the current request;
/// the operation is the command's type name, the module the one whose assembly defines the command. The record id
/// is <see cref="IAuditedCommand.AuditRecordId"/> if given, else the result when it is a <see cref="Guid"/>,
/// <see cref="int"/>, <see cref="long"/> or <see cref="string"/>, else <see cref="IAuditedResult.AuditRecordId"/>.
/// </summary>
public interface ICommandAuditor
{
    /// <summary>
    /// Records a command that succeeded. With <paramref name="transactionOf"/> the row is written on that context's
    /// connection inside its open transaction, so it commits (or rolls back) with the command's change.
    /// </summary>
    Task RecordSuccessAsync(object command, object? result, DbContext? transactionOf, CancellationToken cancellationToken);

    /// <summary>
    /// Records a command that failed (invalid, refused, broke a business rule, or threw), in a transaction of its own.
    /// Never throws: a failure to audit is logged and the command's own exception goes on.
    /// </summary>
    Task RecordFailureAsync(object command, Exception exception, CancellationToken cancellationToken);
}
