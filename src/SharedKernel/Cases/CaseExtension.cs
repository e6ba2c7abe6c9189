using Governance.SharedKernel.Data;

namespace Governance.SharedKernel.Cases;

/// <summary>延期申请: one row per request, then approved or refused by someone other than the requester.</summary>
public sealed class CaseExtension
{
    private CaseExtension()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public int Days { get; private set; }

    public string Reason { get; private set; } = "";

    public ExtensionState State { get; private set; } = ExtensionState.Pending;

    public DateTimeOffset RequestedAt { get; private set; }

    public Guid? RequestedById { get; private set; }

    public string? RequestedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public string? DecisionNote { get; private set; }

    public CaseActor RequestedBy => new(RequestedById, RequestedByName, null);

    internal static CaseExtension Request(Guid caseId, int days, string reason, CaseAct act) => new()
    {
        Id = MonotonicGuid.Next(act.At),
        CaseId = caseId,
        Days = days,
        Reason = reason,
        RequestedAt = act.At,
        RequestedById = act.By.Id,
        RequestedByName = act.By.Name,
    };

    internal void Decide(bool approve, string? note, CaseAct act)
    {
        State = approve ? ExtensionState.Approved : ExtensionState.Refused;
        DecidedAt = act.At;
        DecidedById = act.By.Id;
        DecidedByName = act.By.Name;
        DecisionNote = note;
    }
}
