using System.ComponentModel;
using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Mediation.Contracts;

/// <summary>调解结果: how a mediation ended.</summary>
public enum MediationOutcome
{
    [Description("调解成功")]
    Settled = 1,

    [Description("调解不成")]
    NotSettled = 2,

    [Description("终止调解")]
    Terminated = 3,
}

/// <summary>
/// A dispute was opened from another module's referral (a petition, a court or police referral …): the source
/// records the link. <paramref name="SourceModule"/> and <paramref name="SourceRecordId"/> are as the referral gave them.
/// </summary>
[IntegrationEvent("mediation.dispute-opened-from-referral.v1")]
public sealed record DisputeOpenedFromReferral(
    Guid DisputeId,
    string DisputeNumber,
    string ScopeCode,
    string SourceModule,
    string SourceRecordId) : IntegrationEvent;

/// <summary>
/// A dispute's mediation ended. When it came from a referral, <paramref name="SourceModule"/> and
/// <paramref name="SourceRecordId"/> name the referring record (e.g. <c>Petitions</c> and the petition id), so that module
/// can record the result; a settled one carries its agreement (调解协议).
/// </summary>
/// <param name="AgreementSummary">The agreed terms in short, for a settled dispute.</param>
/// <param name="SuggestedChannel">For a dispute not settled or terminated: the channel the parties were told to use (诉讼、仲裁 …).</param>
[IntegrationEvent("mediation.dispute-concluded.v1")]
public sealed record DisputeConcluded(
    Guid DisputeId,
    string DisputeNumber,
    string ScopeCode,
    string? SourceModule,
    string? SourceRecordId,
    MediationOutcome Outcome,
    Guid? AgreementId,
    string? AgreementSummary,
    string? SuggestedChannel,
    DateTimeOffset ConcludedAt) : IntegrationEvent;

/// <summary>
/// Mediation failed in a matter 《法律援助法》第三十一条 covers, and the parties were offered legal aid: the LegalAid module
/// may open an application for each person who accepts.
/// </summary>
/// <param name="MatterCategory">The art.31 matter, e.g. 请求支付劳动报酬.</param>
[IntegrationEvent("mediation.legal-aid-referral-offered.v1")]
public sealed record LegalAidReferralOffered(
    Guid DisputeId,
    string DisputeNumber,
    string ScopeCode,
    IReadOnlyList<Guid> PersonIds,
    string MatterCategory,
    string Reason) : IntegrationEvent;

/// <summary>A person involved in a dispute is under special-group supervision; the SpecialGroups module notifies the supervising officer.</summary>
[IntegrationEvent("mediation.supervised-person-in-dispute.v1")]
public sealed record SupervisedPersonInDispute(
    Guid DisputeId,
    string DisputeNumber,
    string ScopeCode,
    Guid PersonId) : IntegrationEvent;
