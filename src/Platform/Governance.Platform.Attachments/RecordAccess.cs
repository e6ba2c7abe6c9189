using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Errors;

namespace Governance.Platform.Attachments;

internal static class RecordAccess
{
    public static IRecordAccess Find(IEnumerable<IRecordAccess> accesses, string module, string recordType) =>
        accesses.FirstOrDefault(a => a.Module == module && a.RecordType == recordType)
        ?? throw new NotFoundException($"模块 {module} 未启用，或其 {recordType} 记录不接受附件。");

    public static NotFoundException NotFound(string module, string recordType, string recordId) =>
        new($"{module} 的 {recordType} 记录 {recordId} 不存在，或不在您的辖区与权限之内。");
}
