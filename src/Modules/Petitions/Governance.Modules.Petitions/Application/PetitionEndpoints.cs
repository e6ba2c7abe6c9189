using Governance.Modules.Petitions.Application.Handling;
using Governance.Modules.Petitions.Application.Oversight;
using Governance.Modules.Petitions.Application.Petitions;
using Governance.Modules.Petitions.Application.PublicLookup;
using Governance.Modules.Petitions.Application.Referrals;
using Governance.Modules.Petitions.Application.Registration;
using Governance.Modules.Petitions.Application.Review;
using Governance.Modules.Petitions.Application.Routing;
using Governance.Modules.Petitions.Application.SpecialGroups;
using Governance.Modules.Petitions.Application.Statistics;
using Governance.Modules.Petitions.Domain;
using Governance.SharedKernel.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application;

/// <summary>Every use case maps its own endpoints under <c>/api/petitions/</c>; this only calls them.</summary>
internal static class PetitionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RegisterPetitionEndpoint.Map(endpoints);
        CorrectPetitionDetailsEndpoint.Map(endpoints);
        ListPetitionsEndpoint.Map(endpoints);
        ExportPetitions.Map(endpoints);
        ListDuplicatesEndpoint.Map(endpoints);
        GetPetitionStatisticsEndpoint.Map(endpoints);
        CodeTables.Map(endpoints);
        endpoints.MapCaseWorkflow(PetitionWorkflow.Definition, PetitionPermissions.Read);
        GetPetitionDetailEndpoint.Map(endpoints);
        GetPetitionTimelineEndpoint.Map(endpoints);
        GetSpecialGroupFlagsEndpoint.Map(endpoints);

        AcceptPetitionEndpoint.Map(endpoints);
        RejectPetitionEndpoint.Map(endpoints);
        RoutePetitionEndpoint.Map(endpoints);
        ObjectToRoutingEndpoint.Map(endpoints);
        SeparateLitigationEndpoint.Map(endpoints);
        NotifyPetitionerEndpoint.Map(endpoints);
        AnswerPetitionEndpoint.Map(endpoints);
        DeliverAnswerEndpoint.Map(endpoints);
        RatePetitionEndpoint.Map(endpoints);
        RequestExtensionEndpoint.Map(endpoints);
        DecideExtensionEndpoint.Map(endpoints);
        RequestReviewEndpoint.Map(endpoints);
        DecideReviewEndpoint.Map(endpoints);
        RecordHearingEndpoint.Map(endpoints);
        FinalizePetitionEndpoint.Map(endpoints);
        SupervisePetitionEndpoint.Map(endpoints);
        AssignLeaderEndpoint.Map(endpoints);
        RecordJointReceptionEndpoint.Map(endpoints);
        ReportUpEndpoint.Map(endpoints);
        ReferToMediationEndpoint.Map(endpoints);
        ReferToLegalAidEndpoint.Map(endpoints);
        ReportHazardEndpoint.Map(endpoints);

        var publicGroup = endpoints.MapGroup("public").AllowAnonymous().RequireRateLimiting(PublicPetitions.Policy);
        GetPublicProgressEndpoint.Map(publicGroup);
        RateAsPetitionerEndpoint.Map(publicGroup);
    }
}
