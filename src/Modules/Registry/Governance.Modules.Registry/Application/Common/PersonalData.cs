using Governance.Platform.Abstractions.Auditing;
using Governance.SharedKernel.Auditing;

namespace Governance.Modules.Registry.Application.Common;

/// <summary>
/// Whether the caller sees full citizen ID and phone numbers, and the audit record of every time they do.
/// The audit trail is resolved only for unmasked reads, so masked reads work wherever the platform runs.
/// </summary>
internal sealed class PersonalData(ICurrentUser user, Lazy<IAuditTrail> audit)
{
    public const string Module = "Registry";

    public bool Unmasked => user.MaySeePersonalData();

    public async Task RecordUnmaskedReadAsync(string recordType, IEnumerable<Guid> ids, string detail, CancellationToken ct)
    {
        if (!Unmasked)
        {
            return;
        }

        foreach (var id in ids)
        {
            await audit.Value.RecordReadAsync(Module, recordType, id.ToString(), detail, ct);
        }
    }
}
