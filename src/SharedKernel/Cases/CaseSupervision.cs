using Governance.SharedKernel.Workflow;

namespace Governance.SharedKernel.Cases;

/// <summary>督办 on a case: the level now in force, the note, when and by whom. A later one replaces it; all stay on the timeline.</summary>
public sealed class CaseSupervision
{
    public SupervisionLevel? Level { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset? At { get; private set; }

    public string? By { get; private set; }

    internal void Set(SupervisionLevel level, string note, CaseAct act)
    {
        Level = level;
        Note = note;
        At = act.At;
        By = act.By.Name;
    }
}
