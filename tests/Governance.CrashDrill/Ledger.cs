using System.Collections.Concurrent;

namespace Governance.CrashDrill;

/// <summary>Every write the host acknowledged, as the clients wrote them down.</summary>
internal sealed class Ledger
{
    private readonly ConcurrentQueue<Creation> _creations = new();
    private readonly ConcurrentQueue<Referral> _referrals = new();

    public IReadOnlyCollection<Creation> Creations => _creations;

    public IReadOnlyCollection<Referral> Referrals => _referrals;

    public void Created(Creation creation) => _creations.Enqueue(creation);

    public void Referred(Referral referral) => _referrals.Enqueue(referral);
}

internal enum RecordKind
{
    Person,
    Petition,
    Dispute,
}

/// <summary>A keyed creation the host acknowledged: what was sent, and the id it answered.</summary>
internal sealed record Creation(RecordKind Kind, string Endpoint, string Key, object Body, Guid Id);

/// <summary>A petition referred to mediation, the dispute it became, and whether that dispute's agreement was acknowledged.</summary>
internal sealed record Referral(Guid PetitionId, Guid DisputeId, bool Settled);
