using System.Reflection;
using Governance.Platform.Abstractions;
using Governance.Platform.Accounts;
using Governance.Platform.Attachments;
using Governance.Platform.Auditing;
using Governance.Platform.Calendar;
using Governance.Platform.Deadlines;
using Governance.Platform.WorkItems;

namespace Governance.Host;

/// <summary>The platform's own services the host composes, each like a built-in module, all in schema <c>platform</c>.</summary>
internal static class PlatformServices
{
    public static IReadOnlyList<IPlatformService> All { get; } =
    [
        new AccountsService(),
        new AuditingService(),
        new CalendarService(),
        new DeadlinesService(),
        new AttachmentsService(),
        new WorkItemsService(),
    ];

    /// <summary>Their assemblies: the entity configurations of the platform schema's model and the platform's handlers.</summary>
    public static IReadOnlyList<Assembly> Assemblies { get; } = All.Select(s => s.GetType().Assembly).ToList();
}
