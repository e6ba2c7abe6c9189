using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Petitions;

/// <summary>GET /code-tables: every code a petition screen shows, with its label, and the state machine's transitions.</summary>
internal static class CodeTables
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("code-tables", () => new
            {
                States = CodeLabels.TableOf<PetitionState>(),
                Actions = CodeLabels.TableOf<PetitionAction>(),
                Channels = CodeLabels.TableOf<PetitionChannel>(),
                Categories = CodeLabels.TableOf<PetitionCategory>(),
                Domains = CodeLabels.TableOf<PetitionDomain>(),
                AnswerOutcomes = CodeLabels.TableOf<AnswerOutcome>(),
                Satisfaction = CodeLabels.TableOf<Satisfaction>(),
                ExtensionStates = ExtensionView.States,
                SupervisionLevels = CodeLabels.TableOf<SupervisionLevel>(),
                Transitions = PetitionWorkflow.Machine.Transitions.Select(t => new { From = t.From.ToString(), Action = t.Action.ToString(), To = t.To.ToString() }),
            })
            .RequirePermission(PetitionPermissions.Read)
            .WithSummary("代码表：状态、操作、渠道、类别、领域、处理结果、满意度、延期状态、督办级别，以及状态机的全部流转");
}
