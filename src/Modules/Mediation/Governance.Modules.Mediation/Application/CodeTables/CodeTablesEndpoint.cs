using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Mediation.Application.CodeTables;

/// <summary>The module's code tables (codes and Chinese labels), with the state machine's transitions.</summary>
internal static class CodeTablesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("code-tables", () => TypedResults.Ok(new
        {
            disputeTypes = CodeLabels.TableOf<DisputeType>(),
            matters = CodeLabels.TableOf<DisputeMatter>(),
            sources = CodeLabels.TableOf<DisputeSource>(),
            levels = CodeLabels.TableOf<HandlingLevel>(),
            risks = CodeLabels.TableOf<EscalationRisk>(),
            mediationTypes = CodeLabels.TableOf<MediationType>(),
            partyRoles = CodeLabels.TableOf<PartyRole>(),
            consents = CodeLabels.TableOf<Consent>(),
            states = CodeLabels.TableOf<DisputeState>(),
            actions = CodeLabels.TableOf<DisputeAction>(),
            outcomes = CodeLabels.TableOf<MediationOutcome>(),
            agreementForms = CodeLabels.TableOf<AgreementForm>(),
            signerKinds = CodeLabels.TableOf<SignerKind>(),
            confirmationStates = CodeLabels.TableOf<ConfirmationState>(),
            extensionStates = CodeLabels.TableOf<ExtensionState>(),
            supervisionLevels = CodeLabels.TableOf<SupervisionLevel>(),
            sweepFrequencies = CodeLabels.TableOf<SweepFrequency>(),
            transitions = DisputeWorkflow.Machine.Transitions.Select(t => new { from = t.From.ToString(), action = t.Action.ToString(), to = t.To.ToString() }),
        })).AllowAnySignedInUser().WithSummary("代码表：纠纷类型（19 类）、来源、层级、状态与流转等");
}
