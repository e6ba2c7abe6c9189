using System.Diagnostics;
using System.Globalization;

namespace Governance.Testing;

/// <summary>
/// A process outside every test process's session that stops the <see cref="SharedCluster"/> (immediate shutdown) and
/// deletes its folder once none of the processes registered in <c>clients/</c> has been alive for
/// <see cref="IdleSeconds"/>: long enough to bridge the gap between one test project's process and the next.
/// </summary>
internal static class ClusterWatcher
{
    public const int IdleSeconds = 20;

    // $1 folder, $2 lock file, $3 idle seconds: values never parsed by the shell. The lock is the one SharedCluster takes,
    // so no process registers while the watcher decides to stop.
    private const string Script = """
        exec </dev/null >/dev/null 2>&1
        folder=$1; lock=$2; limit=$3; idle=0
        echo $$ > "$folder/watcher.pid"
        exec 9>>"$lock"
        while sleep 1; do
          flock 9
          alive=
          for client in "$folder"/clients/*; do
            [ -e "$client" ] || continue
            if kill -0 "${client##*/}"; then alive=1; else rm -f "$client"; fi
          done
          if [ -n "$alive" ]; then idle=0; else idle=$((idle + 1)); fi
          if [ "$idle" -ge "$limit" ]; then
            postmaster=$(head -n 1 "$folder/pg/postmaster.pid")
            if [ -n "$postmaster" ] && kill -QUIT "$postmaster"; then
              for _ in $(seq 300); do kill -0 "$postmaster" || break; sleep 0.1; done
            fi
            rm -rf "$folder"
            exit 0
          fi
          flock -u 9
        done
        """;

    /// <summary>Starts the watcher unless the one recorded in the folder still runs; call while holding the lock.</summary>
    public static async Task EnsureRunningAsync(string folder, string lockFile)
    {
        var pidFile = Path.Combine(folder, "watcher.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile), out var pid) && Directory.Exists($"/proc/{pid}"))
        {
            return;
        }

        File.Delete(pidFile);
        // setsid -f forks into a new session, so ending a test process (or its tree) does not end the watcher.
        using (var starter = Process.Start(new ProcessStartInfo("setsid")
               {
                   ArgumentList = { "-f", "sh", "-c", Script, "sh", folder, lockFile, IdleSeconds.ToString(CultureInfo.InvariantCulture) },
                   UseShellExecute = false,
               })!)
        {
            await starter.WaitForExitAsync();
        }

        // Registered before the lock is released, so the next process does not start a second watcher.
        for (var attempt = 0; !File.Exists(pidFile); attempt++)
        {
            if (attempt == 100)
            {
                throw new InvalidOperationException($"The watcher of the test cluster in {folder} did not start.");
            }

            await Task.Delay(20);
        }
    }
}
