using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Deadlines;

/// <summary>Removes a province, level or type variant of a rule; the base rule of a code stays (modules rely on it).</summary>
internal sealed record RemoveDeadlineRule(string Code, string? Province, string? Level, string? Type)
    : ICommand<string>, IAuditedCommand
{
    public string AuditRecordType => "deadline-rule";

    public string AuditRecordId => DeadlineRule.Key(Code, Province, Level, Type);
}

internal sealed class RemoveDeadlineRuleHandler(PlatformDbContext db) : IRequestHandler<RemoveDeadlineRule, string>
{
    public async Task<string> Handle(RemoveDeadlineRule request, CancellationToken cancellationToken)
    {
        var key = request.AuditRecordId;
        if (request is { Province: null, Level: null, Type: null })
        {
            throw new BusinessRuleException(
                $"期限规则 {key} 是该代码的基础规则，模块依赖它，不能删除；请用 PUT 修改其期限。");
        }

        var rule = await db.Set<DeadlineRule>().FirstOrDefaultAsync(
                DeadlineRule.Identified(request.Code, request.Province, request.Level, request.Type), cancellationToken)
            ?? throw new NotFoundException($"没有期限规则 {key}。");
        db.Remove(rule);
        return key;
    }
}
