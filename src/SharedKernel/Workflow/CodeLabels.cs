using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;

namespace Governance.SharedKernel.Workflow;

/// <summary>
/// The Chinese display name (状态名称, 类型名称) of a code-table enum member, from its <see cref="DescriptionAttribute"/>.
/// Codes are English identifiers in code and JSON; users read the label.
/// </summary>
public static class CodeLabels
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Label(this Enum value) => Cache.GetOrAdd(value, static v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<DescriptionAttribute>()?.Description ?? v.ToString());

    /// <summary>Every member of <typeparamref name="T"/> as code and label, in declaration order: a code table for clients.</summary>
    public static IReadOnlyList<CodeLabel> TableOf<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new CodeLabel(v.ToString(), v.Label())).ToList();
}

/// <summary>One entry of a code table: the code clients send and the Chinese label they show.</summary>
public sealed record CodeLabel(string Code, string Label);
