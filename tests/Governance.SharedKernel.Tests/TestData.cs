namespace Governance.SharedKernel.Tests;

internal static class TestData
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>The rows of a CSV file without its header; names are quoted and contain no commas.</summary>
    public static IEnumerable<string[]> Rows(params string[] parts) =>
        File.ReadLines(Path(parts)).Skip(1).Select(line => line.Split(',').Select(cell => cell.Trim('"')).ToArray());
}
