using Governance.Modules.Mediation.Domain;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>《人民调解法》第二十九条: a written agreement needs every party, the mediator and the committee seal.</summary>
internal static class Signatures
{
    public static IReadOnlyList<(SignerKind Kind, Guid? PartyId)> Missing(Agreement agreement, Dispute dispute)
    {
        if (agreement.Form == AgreementForm.Oral)
        {
            return [];
        }

        var missing = dispute.Parties.Where(p => !agreement.Signatures.Any(s => s.Kind == SignerKind.Party && s.PartyId == p.Id))
            .Select(p => (SignerKind.Party, (Guid?)p.Id)).ToList();
        missing.AddRange(new[] { SignerKind.Mediator, SignerKind.CommitteeSeal }
            .Where(kind => agreement.Signatures.All(s => s.Kind != kind)).Select(kind => (kind, (Guid?)null)));
        return missing;
    }
}
