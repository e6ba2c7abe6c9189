using System.Reflection;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Messaging;

namespace Governance.ArchitectureTests;

/// <summary>
/// Every module command names the record it acts on in its audit row, so <c>GET /api/platform/audit?recordId=…</c>
/// answers who registered, accepted or changed a record: the command states it (<see cref="IAuditedCommand.AuditRecordId"/>)
/// or answers an id, or a result that carries one (<see cref="IAuditedResult"/>).
/// </summary>
public sealed class AuditedRecordTests
{
    [Theory]
    [MemberData(nameof(ModuleAssemblies.PluginNames), MemberType = typeof(ModuleAssemblies))]
    public void Every_command_names_the_record_it_acts_on(string assembly)
    {
        var unnamed = ModuleAssemblies.Named(assembly).GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .Select(t => (Command: t, Result: ResultOf(t)))
            .Where(c => c.Result is not null && !StatesRecordId(c.Command) && !IsRecordId(c.Result))
            .Select(c => $"{c.Command.FullName} → {c.Result!.Name}")
            .ToList();

        Assert.True(unnamed.Count == 0,
            "Commands whose audit row would have no record id: implement IAuditedCommand.AuditRecordId, or answer an id "
            + $"or an IAuditedResult.\n{string.Join('\n', unnamed)}");
    }

    private static Type? ResultOf(Type type) => type.GetInterfaces()
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))?.GetGenericArguments()[0];

    private static bool IsRecordId(Type result) =>
        result == typeof(Guid) || result == typeof(int) || result == typeof(long) || result == typeof(string)
        || typeof(IAuditedResult).IsAssignableFrom(result);

    /// <summary>True when the command's own type (or a base of it) implements the id, not the interface's default null.</summary>
    private static bool StatesRecordId(Type command)
    {
        if (!typeof(IAuditedCommand).IsAssignableFrom(command))
        {
            return false;
        }

        var map = command.GetInterfaceMap(typeof(IAuditedCommand));
        var getter = typeof(IAuditedCommand).GetProperty(nameof(IAuditedCommand.AuditRecordId))!.GetMethod!;
        var target = map.TargetMethods[Array.IndexOf(map.InterfaceMethods, getter)];
        return target.DeclaringType != typeof(IAuditedCommand);
    }
}
