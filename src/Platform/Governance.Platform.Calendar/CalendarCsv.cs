using FluentValidation;
using FluentValidation.Results;

namespace Governance.Platform.Calendar;

/// <summary>
/// Reads the calendar CSV format: a header <c>date,kind,name</c>, then one date a line (<c>2024-10-01,holiday,国庆节</c>).
/// Only the header is checked here; each line becomes a <see cref="CalendarDayRow"/> for the calendar's validator.
/// </summary>
internal static class CalendarCsv
{
    public const string Header = "date,kind,name";

    public static IReadOnlyList<CalendarDayRow> Read(TextReader reader)
    {
        var header = reader.ReadLine()?.TrimStart('\uFEFF').Trim();
        if (!string.Equals(header, Header, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationException([new ValidationFailure("lines[1]", $"第一行应为表头 {Header}，实际为“{header}”。")]);
        }

        var rows = new List<CalendarDayRow>();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var fields = text.Split(',', 3);
            rows.Add(new CalendarDayRow($"lines[{line}]", fields[0], fields.ElementAtOrDefault(1), fields.ElementAtOrDefault(2)));
        }

        return rows;
    }
}
