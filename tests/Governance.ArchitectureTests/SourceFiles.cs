using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Governance.ArchitectureTests;

/// <summary>
/// The source files each type of an assembly was compiled from, as its portable PDB records them: the documents of
/// the sequence points of the type's own methods (a record's compiler-generated members point at its declaration),
/// plus the documents the compiler lists for a type without such methods.
/// </summary>
internal sealed class SourceFiles : IDisposable
{
    private static readonly Guid TypeDefinitionDocuments = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    private const BindingFlags DeclaredMembers =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private readonly PEReader peReader;
    private readonly MetadataReaderProvider pdbProvider;
    private readonly MetadataReader pdb;

    private SourceFiles(PEReader peReader, MetadataReaderProvider pdbProvider)
    {
        this.peReader = peReader;
        this.pdbProvider = pdbProvider;
        pdb = pdbProvider.GetMetadataReader();
    }

    public static SourceFiles Of(Assembly assembly)
    {
        var peReader = new PEReader(File.OpenRead(assembly.Location));
        if (!peReader.TryOpenAssociatedPortablePdb(assembly.Location, path => File.Exists(path) ? File.OpenRead(path) : null, out var provider, out _)
            || provider is null)
        {
            peReader.Dispose();
            throw new InvalidOperationException($"{assembly.GetName().Name} has no portable PDB beside it or embedded: build with DebugType portable or embedded.");
        }

        return new SourceFiles(peReader, provider);
    }

    /// <summary>The paths (as the compiler was given them) of the files declaring <paramref name="type"/>, in order.</summary>
    public IReadOnlyList<string> Declaring(Type type)
    {
        var methods = type.GetMethods(DeclaredMembers).Cast<MethodBase>().Concat(type.GetConstructors(DeclaredMembers));
        var documents = methods
            .Select(m => pdb.GetMethodDebugInformation(MetadataTokens.MethodDefinitionHandle(m.MetadataToken)))
            .SelectMany(info => info.GetSequencePoints().Select(point => point.Document))
            .Concat(ListedDocuments(MetadataTokens.TypeDefinitionHandle(type.MetadataToken)));
        return documents.Distinct().Select(d => pdb.GetString(pdb.GetDocument(d).Name)).Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose()
    {
        pdbProvider.Dispose();
        peReader.Dispose();
    }

    private IEnumerable<DocumentHandle> ListedDocuments(TypeDefinitionHandle type)
    {
        foreach (var handle in pdb.GetCustomDebugInformation(type))
        {
            var information = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(information.Kind) != TypeDefinitionDocuments)
            {
                continue;
            }

            var blob = pdb.GetBlobReader(information.Value);
            while (blob.RemainingBytes > 0)
            {
                yield return MetadataTokens.DocumentHandle(blob.ReadCompressedInteger());
            }
        }
    }
}
