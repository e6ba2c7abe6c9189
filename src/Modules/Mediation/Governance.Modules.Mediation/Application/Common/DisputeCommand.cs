using Governance.SharedKernel.Cases;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>A step on an existing dispute (<c>POST /disputes/{id}/…</c>), audited as a <c>dispute</c>.</summary>
internal abstract record DisputeCommand : CaseCommand
{
    protected override string RecordType => "dispute";
}
