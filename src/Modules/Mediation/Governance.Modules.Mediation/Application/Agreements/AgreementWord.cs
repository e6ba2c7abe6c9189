using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Application.Agreements;

/// <summary>
/// Writes the agreement with DocumentFormat.OpenXml. Every run declares 宋体 (SimSun) for East Asian text
/// (<c>w:rFonts w:eastAsia</c>) and the zh-CN language, so Word and WPS render the Chinese text with a CJK font.
/// </summary>
internal static class AgreementWord
{
    private const string Font = "SimSun";

    public static byte[] Write(Dispute dispute, Agreement agreement, IReadOnlyDictionary<Guid, string> names)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Line("人民调解协议书", bold: true, size: 36, center: true));
            body.Append(Line($"编号：{dispute.Number}", center: true));
            body.Append(Heading("当事人"));
            foreach (var party in dispute.Parties.OrderBy(p => p.Role).ThenBy(p => p.Id))
            {
                body.Append(Line($"{party.Role.Label()}：{PartyNames.NameOf(party, names)}"));
            }

            body.Append(Heading("纠纷的主要事实、争议事项以及各方当事人的责任"));
            body.Append(Line(agreement.Facts));
            body.Append(Heading("经调解，当事人自愿达成如下协议"));
            body.Append(Line(agreement.Terms));
            body.Append(Heading("履行协议的方式、期限"));
            body.Append(Line($"履行方式：{agreement.PerformanceMethod}"));
            body.Append(Line($"履行期限：{agreement.PerformanceDeadline?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}前"));
            body.Append(Line($"本协议一式{dispute.Parties.Count + 1}份，当事人、人民调解委员会各持一份，自各方当事人签名、盖章或者按指印，"
                + "人民调解员签名并加盖人民调解委员会印章之日起生效。"));
            body.Append(Heading("签署"));
            foreach (var party in dispute.Parties.OrderBy(p => p.Role).ThenBy(p => p.Id))
            {
                var signed = agreement.Signatures.FirstOrDefault(s => s.Kind == SignerKind.Party && s.PartyId == party.Id);
                body.Append(Line($"当事人（签名、盖章或按指印）：{signed?.SignerName ?? "　　　　"}　{When(signed)}"));
            }

            foreach (var mediator in agreement.Signatures.Where(s => s.Kind == SignerKind.Mediator).DefaultIfEmpty())
            {
                body.Append(Line($"人民调解员（签名）：{mediator?.SignerName ?? "　　　　"}　{When(mediator)}"));
            }

            var seal = agreement.Signatures.FirstOrDefault(s => s.Kind == SignerKind.CommitteeSeal);
            body.Append(Line($"{dispute.Committee ?? "人民调解委员会"}（印章）{(seal is null ? "" : "已盖章")}　{When(seal)}"));
            if (agreement.EffectiveAt is { } effective)
            {
                body.Append(Line($"协议生效日期：{ChinaTime.DateOf(effective):yyyy年M月d日}"));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static string When(AgreementSignature? signature) =>
        signature is null ? "　年　月　日" : ChinaTime.DateOf(signature.SignedAt).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static Paragraph Heading(string text) => Line(text, bold: true, size: 28);

    private static Paragraph Line(string text, bool bold = false, int size = 24, bool center = false)
    {
        var properties = new RunProperties(
            new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
            new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) },
            new Languages { EastAsia = "zh-CN" });
        if (bold)
        {
            properties.PrependChild(new Bold());
        }

        var paragraph = new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        return paragraph;
    }
}
