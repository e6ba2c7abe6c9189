using Microsoft.AspNetCore.Routing;
using Governance.SharedKernel.Cases;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>
/// Where the dispute use cases map their endpoints: the <c>/api/mediation/disputes</c> group, and the step mapper (id from
/// the route, If-Match, the fresh dispute and its ETag back).
/// </summary>
internal sealed record DisputeRoutes(IEndpointRouteBuilder Disputes, CaseSteps<DisputeView> Steps);
