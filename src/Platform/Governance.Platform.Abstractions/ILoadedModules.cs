using Governance.SharedKernel.Modules;

namespace Governance.Platform.Abstractions;

/// <summary>The modules the host has loaded, as the platform's services need to know them.</summary>
public interface ILoadedModules
{
    /// <summary>The enabled modules' manifests, in dependency order.</summary>
    IReadOnlyList<ModuleManifest> Manifests { get; }

    /// <summary>
    /// The id of the module whose assembly defines <paramref name="type"/>, <see cref="PlatformNames.Id"/> for the
    /// platform's own services, or null.
    /// </summary>
    string? OwnerOf(Type type);

    /// <summary>The id of the module whose routes (<c>/api/&lt;id-kebab&gt;/…</c>) hold <paramref name="path"/>, or null.</summary>
    string? OwnerOfPath(string path);
}
