namespace Governance.Modules.Registry;

/// <summary>Settings under <c>Modules:Registry</c>.</summary>
internal sealed class RegistryOptions
{
    /// <summary>The county (6-digit code) this installation serves: its townships and villages are imported.</summary>
    public string County { get; set; } = "330106";

    /// <summary>Import the bundled division codes at every start (idempotent; reports what changed).</summary>
    public bool ImportRegionsAtStartup { get; set; } = true;

    /// <summary>Where uploaded ledger files wait for the import worker; empty = the system temp folder.</summary>
    public string ImportFolder { get; set; } = "";

    /// <summary>The largest ledger file accepted, in megabytes.</summary>
    public int MaxImportFileMegabytes { get; set; } = 300;

    /// <summary>Imports waiting for the worker at most; more get a 422 until some finish.</summary>
    public int MaxQueuedImports { get; set; } = 20;

    /// <summary>How often the import worker looks for imports it was not told about (left by a restart).</summary>
    public TimeSpan ImportPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string ResolvedImportFolder => string.IsNullOrWhiteSpace(ImportFolder)
        ? Path.Combine(Path.GetTempPath(), "governance-registry-imports")
        : ImportFolder;
}
