using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Governance.Modules.Mediation.Application.Agreements;

/// <summary>The printable 人民调解协议书 of a written agreement, generated from the record as a Word document.</summary>
internal sealed record GetAgreementDocument(Guid DisputeId) : IQuery<AgreementFile>
{
    public static void Map(DisputeRoutes routes) =>
        routes.Disputes.MapGet("{id:guid}/agreement/document", async (Guid id, IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new GetAgreementDocument(id), ct);
                return Results.File(file.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.FileName);
            })
            .RequirePermission(MediationPermissions.Read).WithSummary("打印人民调解协议书（Word 文档，由协议记录生成）");
}

internal sealed record AgreementFile(string FileName, byte[] Content);

internal sealed class GetAgreementDocumentHandler(DisputeReader reader, PartyNames partyNames) : IRequestHandler<GetAgreementDocument, AgreementFile>
{
    public async Task<AgreementFile> Handle(GetAgreementDocument request, CancellationToken ct)
    {
        var dispute = await reader.VisibleAsync(request.DisputeId, ct);
        var agreement = dispute.Agreement is { Form: AgreementForm.Written } written
            ? written
            : throw new BusinessRuleException("该纠纷没有书面调解协议");
        var names = await partyNames.OfAsync(dispute.Parties, ct);
        return new AgreementFile($"人民调解协议书-{dispute.Number}.docx", AgreementWord.Write(dispute, agreement, names));
    }
}
