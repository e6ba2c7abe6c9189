using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using MediatR;

namespace Governance.ArchitectureTests;

/// <summary>
/// ARCHITECTURE.md §2, a use case is found by its name: where each MediatR request of an assembly, its handler and its
/// validator are written, and what is wrong with that place.
/// </summary>
internal static class UseCaseLayout
{
    /// <summary>The words a request's name may start with: one word per act, the same in every module.</summary>
    public static readonly string[] AgreedVerbs =
    [
        "Register", "List", "Get", "Export", "Import", "Update", "Delete", "Start",
        "Accept", "Answer", "Apply", "Assign", "Close", "Confirm", "Correct", "Decide", "Decline", "Deliver", "End",
        "Escalate", "Finalize", "Merge", "Notify", "Object", "Open", "Rate", "Reach", "Record", "Refer", "Reject",
        "Report", "Request", "Return", "Route", "Separate", "Sign", "Supervise",
    ];

    public static readonly string Rule = $"""
        A use case is found by its name (ARCHITECTURE.md §2):
        1. Every MediatR request (IRequest, IRequest<T>, ICommand<T>, IQuery<T>) is declared in a file of its own named
           for it, RegisterPerson -> RegisterPerson.cs, which also holds its validator and handler (a handler of a
           Contracts query too) and its endpoint mapping. A notification handler's file is named for it or its event.
        2. A request's name starts with an agreed verb: {string.Join(", ", AgreedVerbs)}.
           Synonyms are refused: Create/Add/New -> Register, View/Show/Fetch/Load -> Get, Search/Find -> List,
           Edit/Change/Modify -> Update, Remove -> Delete. A new act of the domain may add its verb; a synonym may not.
        3. In a plugin, requests lie under Application/. Each folder between the project folder and the file is either
           a feature named for what it is about (Persons/, Grids/, Statistics/) or a use case named exactly like the
           request it holds (RegisterDispute/); never a technical layer (Commands/, Queries/, Handlers/, ...) nor a
           name led by a refused synonym (ViewDisputes/).
        """;

    private static readonly string[] RefusedSynonyms =
        ["Create", "Add", "New", "View", "Show", "Fetch", "Load", "Search", "Find", "Edit", "Change", "Modify", "Remove"];

    private static readonly string[] TechnicalFolders =
        ["Commands", "Queries", "Requests", "Handlers", "Validators", "Endpoints", "UseCases", "Features", "Dtos", "Models", "Services"];

    private const string PluginRequestsFolder = "Application";

    /// <summary>One line per misplaced type of <paramref name="assembly"/>: <c>Type → file: what is wrong</c>.</summary>
    public static IReadOnlyList<string> Misfiled(Assembly assembly)
    {
        using var sources = SourceFiles.Of(assembly);
        var project = assembly.GetName().Name!;
        var isPlugin = !ModuleAssemblies.IsContracts(assembly.GetName());
        var types = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        var misfiled = new List<string>();
        foreach (var type in types)
        {
            foreach (var file in sources.Declaring(type).DefaultIfEmpty())
            {
                var path = file is null ? null : PathInProject(file, project);
                var problems = Problems(type, path, isPlugin).ToList();
                if (problems.Count > 0)
                {
                    misfiled.Add($"{type.FullName} → {(path is null ? file ?? "(no source file in the PDB)" : string.Join('/', path))}: {string.Join("; ", problems)}");
                }
            }
        }

        return misfiled;
    }

    private static IEnumerable<string> Problems(Type type, string[]? path, bool isPlugin)
    {
        if (typeof(IBaseRequest).IsAssignableFrom(type))
        {
            return path is null ? ["not inside its project folder"] : RequestProblems(type, path, isPlugin);
        }

        var fileName = path?[^1];
        var wrong = new List<string>();
        foreach (var request in Handled(type, typeof(IRequestHandler<,>)).Concat(Handled(type, typeof(AbstractValidator<>))))
        {
            if (typeof(IBaseRequest).IsAssignableFrom(request) && fileName != NameOf(request) + ".cs")
            {
                wrong.Add($"it serves {NameOf(request)}, so it belongs in {NameOf(request)}.cs");
            }
        }

        foreach (var notification in Handled(type, typeof(INotificationHandler<>)))
        {
            if (fileName != NameOf(type) + ".cs" && fileName != NameOf(notification) + ".cs")
            {
                wrong.Add($"the file is named neither {NameOf(type)}.cs nor {NameOf(notification)}.cs");
            }
        }

        return wrong;
    }

    private static IEnumerable<string> RequestProblems(Type request, string[] path, bool isPlugin)
    {
        var name = NameOf(request);
        if (path[^1] != name + ".cs")
        {
            yield return $"the file is not named {name}.cs";
        }

        var verb = FirstWord(name);
        if (!AgreedVerbs.Contains(verb))
        {
            yield return RefusedSynonyms.Contains(verb) ? $"'{verb}' is a synonym of an agreed verb" : $"'{verb}' is not an agreed verb";
        }

        var folders = path[..^1];
        if (isPlugin && folders.FirstOrDefault() != PluginRequestsFolder)
        {
            yield return $"a plugin's requests live under {PluginRequestsFolder}/";
        }

        foreach (var problem in folders.Skip(isPlugin ? 1 : 0).Select(folder => FolderProblem(folder, name)).OfType<string>())
        {
            yield return problem;
        }
    }

    private static string? FolderProblem(string folder, string request)
    {
        if (TechnicalFolders.Contains(folder))
        {
            return $"{folder}/ is a technical layer, not a feature";
        }

        var word = FirstWord(folder);
        if (RefusedSynonyms.Contains(word))
        {
            return $"{folder}/ is led by '{word}', a synonym of an agreed verb";
        }

        return AgreedVerbs.Contains(word) && folder != request
            ? $"{folder}/ reads as a use case but holds {request}"
            : null;
    }

    /// <summary>The first type argument of each <paramref name="generic"/> interface or base class that the type has.</summary>
    private static IEnumerable<Type> Handled(Type type, Type generic) =>
        (generic.IsInterface ? type.GetInterfaces() : BaseTypes(type))
        .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == generic)
        .Select(t => t.GetGenericArguments()[0]);

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            yield return baseType;
        }
    }

    /// <summary>The folders and file name below the project folder (named like its assembly), or null outside it.</summary>
    private static string[]? PathInProject(string file, string project)
    {
        var segments = file.Split('/', '\\');
        var root = Array.LastIndexOf(segments, project);
        return root < 0 ? null : segments[(root + 1)..];
    }

    private static string NameOf(Type type) => type.Name.Split('`')[0];

    /// <summary>The first word of a PascalCase name: <c>ListRegionChildren</c> → <c>List</c>.</summary>
    private static string FirstWord(string name)
    {
        var end = 1;
        while (end < name.Length && !char.IsUpper(name[end]))
        {
            end++;
        }

        return name[..end];
    }
}
