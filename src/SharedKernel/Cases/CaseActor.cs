using Governance.SharedKernel.Security;

namespace Governance.SharedKernel.Cases;

/// <summary>Who took a step: a signed-in user, or a named part of the system (automatic 督办, another module's event).</summary>
public sealed record CaseActor(Guid? Id, string? Name, string? Department)
{
    public static CaseActor From(ICurrentUser user) => new(user.UserId, user.UserName, user.Department);

    /// <summary>A background or event-driven actor: named on the timeline, with no account and no rights.</summary>
    public static CaseActor System(string name) => new(null, name, null);

    public bool IsSameAs(CaseActor other) =>
        Id is { } id ? id == other.Id : other.Id is null && string.Equals(Name, other.Name, StringComparison.Ordinal);
}

/// <summary>One act on a case: who did it and the instant it was recorded.</summary>
public readonly record struct CaseAct(CaseActor By, DateTimeOffset At);
