using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.SharedKernel.Modules;

/// <summary>The model of a plugin's <c>module.json</c>.</summary>
public sealed record ModuleManifest
{
    public const string FileName = "module.json";

    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public required string Version { get; init; }

    /// <summary>NuGet-style version range of the host this module runs on, e.g. <c>[1.0,2.0)</c>.</summary>
    public required string HostVersion { get; init; }

    /// <summary>The plugin assembly's file name inside the plugin folder.</summary>
    public required string Assembly { get; init; }

    /// <summary>The PostgreSQL schema the module owns (snake_case).</summary>
    public required string Schema { get; init; }

    public IReadOnlyList<ModuleDependency> DependsOn { get; init; } = [];
    public IReadOnlyList<ModulePermission> Permissions { get; init; } = [];

    /// <summary>A required module is always loaded and cannot be switched off.</summary>
    public bool Required { get; init; }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses a manifest; throws <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static ModuleManifest Parse(string json, string source)
    {
        ModuleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModuleManifest>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not a valid module manifest: {ex.Message}", ex);
        }

        if (manifest is null)
        {
            throw new InvalidDataException($"{source} is empty.");
        }

        manifest.Validate(source);
        return manifest;
    }

    private void Validate(string source)
    {
        if (!ModuleNaming.IsValidId(Id))
        {
            throw new InvalidDataException($"{source}: id '{Id}' must be PascalCase letters and digits (e.g. FloatingPopulation).");
        }

        if (!ModuleNaming.IsValidSchema(Schema))
        {
            throw new InvalidDataException($"{source}: schema '{Schema}' must be snake_case (e.g. floating_population).");
        }

        if (Schema == ModuleNaming.PlatformSchema)
        {
            throw new InvalidDataException($"{source}: schema '{Schema}' is reserved for the host.");
        }
    }
}

/// <summary>A dependency of one module on another, by id and version range.</summary>
public sealed record ModuleDependency(string Id, string Version = "[0.0,)", DependencyKind Kind = DependencyKind.Required);

public enum DependencyKind
{
    Required,
    Optional,
}

/// <summary>A permission a module declares, e.g. <c>petitions.register</c> / 登记信访件.</summary>
public sealed record ModulePermission(string Name, string DisplayName);
