namespace Governance.Modules.Mediation.Domain;

/// <summary>当事人: a Registry person or organisation in a role (no copy of their identity data).</summary>
internal sealed class DisputeParty
{
    public Guid Id { get; init; }

    public Guid DisputeId { get; init; }

    public PartyRole Role { get; set; }

    public Guid? PersonId { get; init; }

    public Guid? OrganisationId { get; init; }

    public Consent Consent { get; set; } = Consent.Pending;

    public string? ConsentNote { get; set; }

    /// <summary>Marked by the clerk as a person under special-group supervision (特殊人群).</summary>
    public bool IsSupervised { get; set; }
}

/// <summary>调解工作记录: one mediation session.</summary>
internal sealed class MediationSession
{
    public Guid Id { get; init; }

    public Guid DisputeId { get; init; }

    public DateTimeOffset HeldAt { get; init; }

    public required string Place { get; init; }

    public required string Attendees { get; init; }

    public required string Record { get; init; }

    public Guid? RecordedBy { get; init; }
}

/// <summary>回访.</summary>
internal sealed class FollowUpVisit
{
    public Guid Id { get; init; }

    public Guid DisputeId { get; init; }

    public DateTimeOffset VisitedAt { get; init; }

    public required string Visitor { get; init; }

    public required string Note { get; init; }

    public bool Satisfied { get; init; }
}
