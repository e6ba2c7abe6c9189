using System.ComponentModel;

namespace Governance.Modules.Mediation.Domain;

internal enum AgreementForm
{
    [Description("书面协议")]
    Written = 1,

    [Description("口头协议")]
    Oral = 2,
}

internal enum SignerKind
{
    [Description("当事人")]
    Party = 1,

    [Description("调解员")]
    Mediator = 2,

    [Description("人民调解委员会印章")]
    CommitteeSeal = 3,
}

/// <summary>
/// 调解协议 (《人民调解法》第二十八至三十三条). A written one takes effect when every party, the mediator and the
/// committee seal have signed; an oral one on the day it is reached.
/// </summary>
internal sealed class Agreement
{
    public Guid Id { get; init; }

    public Guid DisputeId { get; init; }

    public AgreementForm Form { get; init; }

    /// <summary>纠纷的主要事实、争议事项以及各方当事人的责任.</summary>
    public required string Facts { get; init; }

    /// <summary>当事人达成调解协议的内容.</summary>
    public required string Terms { get; init; }

    /// <summary>履行方式.</summary>
    public required string PerformanceMethod { get; init; }

    /// <summary>履行期限.</summary>
    public DateOnly? PerformanceDeadline { get; init; }

    public DateTimeOffset ReachedAt { get; init; }

    public DateTimeOffset? EffectiveAt { get; set; }

    public DateTimeOffset? PerformedAt { get; set; }

    public string? PerformanceNote { get; set; }

    public List<AgreementSignature> Signatures { get; init; } = [];

    public JudicialConfirmation? Confirmation { get; set; }
}

/// <summary>A signature (签名、盖章或者按指印) on a written agreement: who, when, recorded by whom.</summary>
internal sealed class AgreementSignature
{
    public Guid Id { get; init; }

    public Guid AgreementId { get; init; }

    public SignerKind Kind { get; init; }

    /// <summary>The signing party, for <see cref="SignerKind.Party"/>.</summary>
    public Guid? PartyId { get; init; }

    public required string SignerName { get; init; }

    public DateTimeOffset SignedAt { get; init; }

    public Guid? RecordedBy { get; init; }
}
