using Governance.SharedKernel.Cases;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>A step on a petition: <c>POST /api/petitions/{id}/{step}</c> with If-Match; audited as a <c>petition</c>.</summary>
internal abstract record PetitionCommand : CaseCommand
{
    protected override string RecordType => "petition";
}
