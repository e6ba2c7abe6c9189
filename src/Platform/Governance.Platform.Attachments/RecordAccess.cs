using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Access;
using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Errors;

namespace Governance.Platform.Attachments;

/// <summary>
/// Finds the record's own module's answer to who reaches its attachments, after the department switch: a caller whose
/// department has the module switched off reaches none of its attachments, as the module's own endpoints refuse them.
/// </summary>
internal sealed class RecordAccess(IEnumerable<IRecordAccess> accesses, ICallerModules callerModules, ILoadedModules modules)
{
    public async Task<IRecordAccess> FindAsync(string module, string recordType, CancellationToken cancellationToken)
    {
        var access = Find(module, recordType)
            ?? throw new NotFoundException($"模块 {module} 未启用，或其 {recordType} 记录不接受附件。");
        if (!await callerModules.MayUseAsync(module, cancellationToken))
        {
            var name = modules.Manifests.Single(m => m.Id == module).DisplayName;
            throw new ForbiddenException($"本部门未开通「{name}」模块 ({module})，不能查看或上传其记录的附件。");
        }

        return access;
    }

    /// <summary>Whether the caller reads the record's attachments: its module switched on for them, and the module agreeing.</summary>
    public async Task<bool> MayReadAsync(string module, string recordType, string recordId, CancellationToken cancellationToken) =>
        Find(module, recordType) is { } access
        && await callerModules.MayUseAsync(module, cancellationToken)
        && await access.CanReadAsync(recordId, cancellationToken);

    private IRecordAccess? Find(string module, string recordType) =>
        accesses.FirstOrDefault(a => a.Module == module && a.RecordType == recordType);

    public static NotFoundException NotFound(string module, string recordType, string recordId) =>
        new($"{module} 的 {recordType} 记录 {recordId} 不存在，或不在您的辖区与权限之内。");
}
