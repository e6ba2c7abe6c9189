using System.Diagnostics;
using System.Globalization;

namespace Governance.Modules.Registry.Benchmarks;

/// <summary>
/// CPU seconds used by this process and by the PostgreSQL cluster (postmaster, its live children and the children
/// it has reaped), read from /proc. On a shared machine the wall time depends on the other load; the CPU time says
/// what the import itself costs.
/// </summary>
internal sealed class CpuTime(string? dataDirectory)
{
    private static readonly double TicksPerSecond = 100;

    public (double Host, double Database) Now() =>
        (Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, DatabaseSeconds());

    private double DatabaseSeconds()
    {
        if (dataDirectory is null || !OperatingSystem.IsLinux()
            || !int.TryParse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), out var postmaster))
        {
            return double.NaN;
        }

        var ticks = Fields(postmaster) is { } own ? Sum(own, 13, 14, 15, 16) : 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Fields(pid) is { } fields
                && fields[3] == postmaster.ToString(CultureInfo.InvariantCulture))
            {
                ticks += Sum(fields, 13, 14);
            }
        }

        return ticks / TicksPerSecond;
    }

    // /proc/<pid>/stat after the ")" closing the command name: state, ppid, … utime(14) stime(15) cutime(16) cstime(17).
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return ("x x " + stat[(stat.LastIndexOf(')') + 2)..]).Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Sum(string[] fields, params int[] positions) =>
        positions.Sum(p => long.Parse(fields[p], CultureInfo.InvariantCulture));
}
