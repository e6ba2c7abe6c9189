using System.Reflection;
using MediatR;

namespace Governance.ArchitectureTests;

/// <summary>
/// ARCHITECTURE.md §2, a use case is found by its name: where each MediatR request of an assembly is written, and
/// what is wrong with that place.
/// </summary>
internal static class UseCaseLayout
{
    public const string Rule = """
        A use case is found by its name (ARCHITECTURE.md §2):
        1. Every MediatR request (IRequest, IRequest<T>, ICommand<T>, IQuery<T>) is declared in a file of its own named
           for it, RegisterPerson -> RegisterPerson.cs, which also holds its validator, handler and endpoint mapping.
        2. Its name starts with one of the agreed verbs (below). A synonym of one of them is refused: Create/Add/New ->
           Register, View/Show/Fetch/Load -> Get, Search/Find -> List, Edit/Change/Modify -> Update, Remove -> Delete.
           A new act of the domain may add its verb to the list; a synonym may not.
        3. In a plugin it lies under Application/. Each folder between the project folder and the file is either a
           feature named for what it is about (Persons/, Grids/, Statistics/) or a use case named exactly like the
           request it holds (RegisterDispute/); never a technical layer (Commands/, Queries/, Handlers/, …) nor a
           word led by a refused synonym (ViewDisputes/).
        """;

    /// <summary>The words a request's name may start with: one word per act, the same in every module.</summary>
    public static readonly string[] AgreedVerbs =
    [
        "Register", "List", "Get", "Export", "Import", "Update", "Delete", "Start",
        "Accept", "Answer", "Apply", "Assign", "Close", "Confirm", "Correct", "Decide", "Decline", "Deliver", "End",
        "Escalate", "Finalize", "Merge", "Notify", "Object", "Open", "Rate", "Reach", "Record", "Refer", "Reject",
        "Report", "Request", "Return", "Route", "Separate", "Sign", "Supervise",
    ];

    private static readonly string[] RefusedSynonyms =
        ["Create", "Add", "New", "View", "Show", "Fetch", "Load", "Search", "Find", "Edit", "Change", "Modify", "Remove"];

    private static readonly string[] TechnicalFolders =
        ["Commands", "Queries", "Requests", "Handlers", "Validators", "Endpoints", "UseCases", "Features", "Dtos", "Models", "Services"];

    public const string PluginRequestsFolder = "Application";

    /// <summary>One line per misplaced request of <paramref name="assembly"/>: <c>Type → file: what is wrong</c>.</summary>
    public static IEnumerable<string> Misfiled(Assembly assembly)
    {
        using var sources = SourceFiles.Of(assembly);
        var project = assembly.GetName().Name!;
        var isPlugin = !ModuleAssemblies.IsContracts(assembly.GetName());
        foreach (var request in Requests(assembly))
        {
            var files = sources.Declaring(request);
            if (files.Count == 0)
            {
                yield return $"{request.FullName} → (no source file in the PDB)";
                continue;
            }

            foreach (var file in files)
            {
                var path = PathInProject(file, project);
                var problems = Problems(request, path, isPlugin).ToList();
                if (problems.Count > 0)
                {
                    yield return $"{request.FullName} → {string.Join('/', path ?? [file])}: {string.Join("; ", problems)}";
                }
            }
        }
    }

    private static IEnumerable<Type> Requests(Assembly assembly) => assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBaseRequest).IsAssignableFrom(t))
        .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>The folders and file name below the project folder (named like its assembly), or null outside it.</summary>
    private static string[]? PathInProject(string file, string project)
    {
        var segments = file.Split('/', '\\');
        var root = Array.LastIndexOf(segments, project);
        return root < 0 ? null : segments[(root + 1)..];
    }

    private static IEnumerable<string> Problems(Type request, string[]? path, bool isPlugin)
    {
        var name = NameOf(request);
        if (path is null)
        {
            yield return "not inside its project folder";
            yield break;
        }

        if (path[^1] != name + ".cs")
        {
            yield return $"the file is not named {name}.cs";
        }

        var verb = FirstWord(name);
        if (!AgreedVerbs.Contains(verb))
        {
            yield return RefusedSynonyms.Contains(verb)
                ? $"'{verb}' is a synonym of an agreed verb"
                : $"'{verb}' is not an agreed verb ({string.Join(", ", AgreedVerbs)})";
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
