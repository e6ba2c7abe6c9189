using System.Globalization;
using FluentValidation;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Governance.Platform.Auditing;

/// <summary>Turns a command and how it ended into an audit row: operation = command type name, module = its owner.</summary>
internal sealed class CommandAuditor(
    AuditWriter writer,
    ICurrentUser user,
    IHttpContextAccessor http,
    IOptions<AuditOptions> options,
    ILoadedModules modules,
    ILogger<CommandAuditor> logger) : ICommandAuditor
{
    public Task RecordSuccessAsync(object command, object? result, DbContext? transactionOf, CancellationToken cancellationToken)
    {
        var entry = Entry(command, AuditOutcome.Success, RecordIdOf(command, result), detail: null);
        if (transactionOf is null)
        {
            return writer.AppendAsync(entry, cancellationToken);
        }

        var transaction = transactionOf.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException($"{transactionOf.GetType().Name} has no open transaction to audit {command.GetType().Name} in.");
        return writer.AppendAsync(entry, transaction.Connection!, transaction, cancellationToken);
    }

    public async Task RecordFailureAsync(object command, Exception exception, CancellationToken cancellationToken)
    {
        var (outcome, detail) = Describe(exception);
        if (outcome == AuditOutcome.Denied)
        {
            DeniedRequestAudit.MarkAudited(http.HttpContext);
        }

        try
        {
            await writer.AppendAsync(Entry(command, outcome, (command as IAuditedCommand)?.AuditRecordId, detail), cancellationToken);
        }
        catch (Exception auditError)
        {
            logger.LogError(auditError, "Could not audit the failed command {Command} ({Outcome}: {Detail})",
                command.GetType().Name, outcome.Code, detail);
        }
    }

    private AuditEntry Entry(object command, AuditOutcome outcome, string? recordId, string? detail)
    {
        var type = command.GetType();
        var module = modules.OwnerOf(type) ?? type.Assembly.GetName().Name ?? type.Namespace ?? "?";
        return new AuditEntry(AuditActor.Of(user, http.HttpContext, options.Value), type.Name, module,
            (command as IAuditedCommand)?.AuditRecordType, recordId, outcome, detail);
    }

    private static string? RecordIdOf(object command, object? result) =>
        (command as IAuditedCommand)?.AuditRecordId ?? result switch
        {
            Guid id => id.ToString(),
            int id => id.ToString(CultureInfo.InvariantCulture),
            long id => id.ToString(CultureInfo.InvariantCulture),
            string id => id,
            IAuditedResult audited => audited.AuditRecordId,
            _ => null,
        };

    private static (AuditOutcome Outcome, string Detail) Describe(Exception exception) => exception switch
    {
        ValidationException invalid => (AuditOutcome.Failure,
            "请求参数校验失败：" + string.Join("；", invalid.Errors.Select(e => $"{e.PropertyName} {e.ErrorMessage}"))),
        ForbiddenException forbidden => (AuditOutcome.Denied, forbidden.Message),
        BusinessRuleException rule => (AuditOutcome.Failure, "业务规则不允许：" + rule.Message),
        NotFoundException notFound => (AuditOutcome.Failure, "记录不存在：" + notFound.Message),
        ConflictException or DbUpdateConcurrencyException => (AuditOutcome.Failure, "记录冲突：" + exception.Message),
        OperationCanceledException => (AuditOutcome.Failure, "请求已取消"),
        _ => (AuditOutcome.Failure, $"服务器错误：{exception.GetType().Name}: {exception.Message}"),
    };
}
