using System.Globalization;

namespace Governance.Host.Database;

/// <summary>Finds the folder holding the PostgreSQL server programs.</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    public static async Task<string> LocateAsync(string? configured, CancellationToken ct)
    {
        if (configured is not null)
        {
            return HasServerPrograms(configured) ? Path.GetFullPath(configured) : throw NotFound($"'{configured}'");
        }

        // Debian's pg_config comes with libpq-dev and may name a version whose server is not installed.
        var fromPgConfig = await AskPgConfigAsync(ct);
        if (fromPgConfig is not null && HasServerPrograms(fromPgConfig))
        {
            return fromPgConfig;
        }

        return NewestDebianInstall()
            ?? throw NotFound($"'pg_config --bindir' or {DebianRoot}/*/bin");
    }

    private static bool HasServerPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    private static async Task<string?> AskPgConfigAsync(CancellationToken ct)
    {
        var pgConfig = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "pg_config"))
            .FirstOrDefault(File.Exists);
        if (pgConfig is null)
        {
            return null;
        }

        var result = await CommandRunner.RunAsync(pgConfig, ["--bindir"], TimeSpan.FromSeconds(10), ct);
        return result.Succeeded ? result.Output : null;
    }

    private static string? NewestDebianInstall()
    {
        if (!Directory.Exists(DebianRoot))
        {
            return null;
        }

        return Directory.EnumerateDirectories(DebianRoot)
            .Select(directory => (Directory: directory, Version: ParseVersion(Path.GetFileName(directory))))
            .Where(install => install.Version is not null && HasServerPrograms(Path.Combine(install.Directory, "bin")))
            .OrderByDescending(install => install.Version)
            .Select(install => Path.Combine(install.Directory, "bin"))
            .FirstOrDefault();
    }

    private static decimal? ParseVersion(string name) =>
        decimal.TryParse(name, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;

    private static EmbeddedPostgresException NotFound(string where) => new(
        $"The PostgreSQL server programs (initdb, pg_ctl) were not found in {where}, so either install them with " +
        "'apt-get install postgresql' or set ConnectionStrings:Governance (environment variable " +
        "ConnectionStrings__Governance) to use an existing server instead.");
}
