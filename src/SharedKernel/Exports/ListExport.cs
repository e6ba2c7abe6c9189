using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Governance.SharedKernel.Exports;

/// <summary>The file formats a list can be exported to.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>A column of an exported list: its Chinese header and how a row gives its cell.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// Exports a filtered list query to CSV or Excel without holding it in memory: CSV rows stream to the response as the
/// database sends them; an .xlsx is written row by row to a temporary file (the format needs its size up front), then
/// streamed and deleted. Usable on lists of hundreds of thousands of rows.
/// </summary>
public static class ListExport
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IResult ToFile<T>(IQueryable<T> rows, IReadOnlyList<ExportColumn<T>> columns, ExportFormat format, string fileName)
        where T : class =>
        format == ExportFormat.Csv
            ? Results.Stream(stream => WriteCsvAsync(rows, columns, stream), CsvType, $"{fileName}.csv")
            : new XlsxFile<T>(rows, columns, $"{fileName}.xlsx");

    private static async Task WriteCsvAsync<T>(IQueryable<T> rows, IReadOnlyList<ExportColumn<T>> columns, Stream stream)
        where T : class
    {
        // The BOM makes Excel read the file as UTF-8 instead of the system code page (GBK on Chinese Windows).
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024);
        await writer.WriteLineAsync(string.Join(',', columns.Select(c => CsvCell(c.Header))));
        var count = 0;
        await foreach (var row in rows.AsNoTracking().AsAsyncEnumerable())
        {
            await writer.WriteLineAsync(string.Join(',', columns.Select(c => CsvCell(Text(c.Value(row))))));
            if (++count % 1000 == 0)
            {
                await writer.FlushAsync();
            }
        }
    }

    /// <summary>The text of a cell: dates in China time, numbers invariant, booleans as 是/否.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        DateTimeOffset instant => Time.ChinaTime.ToText(instant),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "是" : "否",
        Enum code => Workflow.CodeLabels.Label(code),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string CsvCell(string text)
    {
        // A leading = + - @ would make a spreadsheet run the cell as a formula (CSV injection).
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }

    private sealed class XlsxFile<T>(IQueryable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string fileName) : IResult
        where T : class
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var path = Path.Combine(Path.GetTempPath(), $"governance-export-{Guid.NewGuid():N}.xlsx");
            try
            {
                // MiniExcel pulls rows one at a time from the enumerable; the synchronous read runs off the request thread.
                await Task.Run(() => MiniExcel.SaveAs(path, Sheet(), sheetName: "数据"), httpContext.RequestAborted);
                await Results.File(path, XlsxType, fileName).ExecuteAsync(httpContext);
            }
            finally
            {
                File.Delete(path);
            }
        }

        private IEnumerable<IDictionary<string, object?>> Sheet()
        {
            foreach (var row in rows.AsNoTracking().AsEnumerable())
            {
                var cells = new Dictionary<string, object?>(columns.Count);
                foreach (var column in columns)
                {
                    cells[column.Header] = Text(column.Value(row));
                }

                yield return cells;
            }
        }
    }
}
