using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Governance.Host.Database;
using Npgsql;

namespace Governance.CrashDrill;

/// <summary>
/// The built host run as a child process with an embedded cluster in a temporary folder of its own, so that the drill can
/// kill it (and its postmaster) with SIGKILL and start it again on the same folder and ports.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    public const string AdminPassword = "Chaos-Drill-2026!x";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly string _hostDll;
    private readonly string _pluginsPath;
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly HttpClient _probe;
    private Process? _process;
    private int _starts;

    private HostProcess(string repositoryRoot, string folder)
    {
        // The host built in the drill's own configuration: bin/<configuration>/net10.0.
        var configuration = Directory.GetParent(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory))!.Name;
        _hostDll = Path.Combine(repositoryRoot, "src", "Host", "bin", configuration, "net10.0", "Governance.Host.dll");
        _pluginsPath = Path.Combine(repositoryRoot, "plugins");
        Folder = folder;
        BaseAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        DatabasePort = FreePorts.Next();
        _probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
    }

    /// <summary>The run's folder: the cluster, its password and log, and one log per host start.</summary>
    public string Folder { get; }

    public Uri BaseAddress { get; }

    public int DatabasePort { get; }

    private string DataDirectory => Path.Combine(Folder, "postgres");

    /// <summary>Starts the first host in a new folder under /tmp, which the cluster's system user can reach when run as root.</summary>
    public static async Task<HostProcess> StartAsync(CancellationToken ct)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The drill kills processes with SIGKILL: Linux only.");
        }

        var folder = Directory.CreateTempSubdirectory("governance-drill-").FullName;
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        var host = new HostProcess(RepositoryRoot(), folder);
        try
        {
            await host.RestartAsync(ct);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the host (after a kill) and waits until it reports ready; answers how long that took.</summary>
    public async Task<TimeSpan> RestartAsync(CancellationToken ct)
    {
        if (!File.Exists(_hostDll))
        {
            throw new InvalidOperationException($"{_hostDll} is missing: build the solution first.");
        }

        var started = Stopwatch.StartNew();
        var log = Path.Combine(Folder, $"host-{++_starts}.log");
        // exec: the process the drill holds is the host itself, not a shell that would survive its kill.
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet '{_hostDll}' >'{log}' 2>&1"])
        {
            WorkingDirectory = Path.GetDirectoryName(_hostDll)!,
            Environment =
            {
                ["Urls"] = BaseAddress.ToString(),
                ["Database__DataDirectory"] = DataDirectory,
                ["Database__Port"] = DatabasePort.ToString(CultureInfo.InvariantCulture),
                ["Plugins__Path"] = _pluginsPath,
                ["Auth__AdminPassword"] = AdminPassword,
                ["Auth__SigningKey"] = _signingKey,
            },
        };
        _process?.Dispose();
        _process = Process.Start(start)!;
        await WaitUntilReadyAsync(StartTimeout, ct);
        return started.Elapsed;
    }

    public void KillHost() => _process!.Kill();

    /// <summary>SIGKILL of the embedded cluster's postmaster; answers its process id.</summary>
    public int KillPostmaster()
    {
        var pid = RunningPostmaster() ?? throw new InvalidOperationException("The embedded cluster is not running.");
        using var postmaster = Process.GetProcessById(pid);
        postmaster.Kill();
        return pid;
    }

    /// <summary>Waits until a postmaster other than <paramref name="killed"/> accepts connections.</summary>
    public async Task WaitForPostgresAsync(int killed, CancellationToken ct)
    {
        while (true)
        {
            if (RunningPostmaster() is { } pid && pid != killed)
            {
                try
                {
                    await using var connection = new NpgsqlConnection(ConnectionString(pooling: false));
                    await connection.OpenAsync(ct);
                    return;
                }
                catch (NpgsqlException)
                {
                }
            }

            await Task.Delay(100, ct);
        }
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (!await IsReadyAsync(ct))
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}; see {Folder}/host-{_starts}.log.");
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"The host was not ready within {timeout}; see {Folder}/host-{_starts}.log.");
            }

            await Task.Delay(100, ct);
        }
    }

    /// <summary>The cluster's superuser on the host's database, for the verification's row counts.</summary>
    public string ConnectionString(bool pooling = true) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = DatabasePort,
        Username = "governance",
        Password = File.ReadAllText(DataDirectory + ".password").Trim(),
        Database = "governance",
        Pooling = pooling,
    }.ConnectionString;

    /// <summary>Stops the host as an operator would (SIGTERM, which stops its cluster), then deletes the folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        if (RunningPostmaster() is not null)
        {
            KillPostmaster();
        }

        _process?.Dispose();
        _probe.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private async Task<bool> IsReadyAsync(CancellationToken ct)
    {
        try
        {
            using var response = await _probe.GetAsync("/health/ready", ct);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>postmaster.pid's first line, while the file exists and names a living process.</summary>
    public int? RunningPostmaster()
    {
        try
        {
            var pid = int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(),
                CultureInfo.InvariantCulture);
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : pid;
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Governance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Governance.sln above {AppContext.BaseDirectory}.");
    }
}
