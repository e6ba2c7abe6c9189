namespace Governance.SharedKernel.Cases;

/// <summary>领导包案: the leader in personal charge of a case, the team, the plan and the leader's own deadline.</summary>
public sealed class LeaderInCharge
{
    /// <summary>The leader's user account, when the leader has one: the case's to-do goes to the leader.</summary>
    public Guid? UserId { get; private set; }

    public string? Name { get; private set; }

    public List<string> Team { get; private set; } = [];

    public string? Plan { get; private set; }

    public DateOnly? Deadline { get; private set; }

    public bool IsAssigned => Name is not null;

    internal void Assign(Guid? userId, string name, IReadOnlyList<string> team, string? plan, DateOnly? deadline)
    {
        UserId = userId;
        Name = name;
        Team = [.. team];
        Plan = plan;
        Deadline = deadline;
    }
}
