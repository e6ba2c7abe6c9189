using System.Globalization;
using Governance.Modules.Registry.Infrastructure.Csv;
using Governance.Modules.Registry.Infrastructure.Files;
using MiniExcelLibs;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>Reads a ledger file row by row, CSV or .xlsx alike.</summary>
internal abstract class LedgerReader : IDisposable
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    /// <summary>The row number as a spreadsheet shows it: the header is row 1.</summary>
    public int RowNumber { get; protected set; } = 1;

    /// <summary>The current row had broken CSV quoting.</summary>
    public bool IsBadData { get; protected set; }

    public abstract IReadOnlyList<string> Header { get; }

    public abstract bool Read();

    /// <summary>The trimmed text of a cell of the current row; empty when absent.</summary>
    public abstract string Cell(int position);

    public abstract void Dispose();

    /// <summary>The format from the file name and the first bytes; null when it is neither CSV nor .xlsx.</summary>
    public static string? FormatOf(UploadedFile file, out string? problem)
    {
        problem = null;
        Span<byte> magic = stackalloc byte[4];
        using (var stream = File.OpenRead(file.Path))
        {
            magic = magic[..stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false)];
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (magic.StartsWith("PK\u0003\u0004"u8))
        {
            return Xlsx;
        }

        if (magic.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }) || extension == ".xls")
        {
            problem = "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后上传";
            return null;
        }

        if (extension is ".csv" or ".txt")
        {
            return Csv;
        }

        problem = extension == ".xlsx"
            ? "文件不是有效的 .xlsx（不是 Excel 工作簿）"
            : $"只支持 .csv 和 .xlsx 文件，上传的是 {(extension.Length == 0 ? "无扩展名的文件" : extension)}";
        return null;
    }

    /// <summary>Opens the file and reads its header row; throws <see cref="InvalidDataException"/> when it cannot.</summary>
    public static LedgerReader Open(string path, string format) =>
        format == Xlsx ? new XlsxLedgerReader(path) : new CsvLedgerReader(path);

    private sealed class CsvLedgerReader : LedgerReader
    {
        private readonly FileStream _stream;
        private readonly CsvRows _rows;

        public CsvLedgerReader(string path)
        {
            _stream = File.OpenRead(path);
            _rows = new CsvRows(_stream);
            if (!_rows.Read())
            {
                Dispose();
                throw new InvalidDataException("文件是空的，没有表头");
            }

            Header = _rows.Fields.ToArray();
        }

        public override IReadOnlyList<string> Header { get; }

        public override bool Read()
        {
            if (!_rows.Read())
            {
                return false;
            }

            RowNumber++;
            IsBadData = _rows.IsBadData;
            return true;
        }

        public override string Cell(int position) =>
            position >= 0 && position < _rows.Fields.Count ? _rows.Fields[position] : "";

        public override void Dispose()
        {
            _rows.Dispose();
            _stream.Dispose();
        }
    }

    private sealed class XlsxLedgerReader : LedgerReader
    {
        private readonly FileStream _stream;
        private readonly IEnumerator<IDictionary<string, object?>> _rows;
        private object?[] _current = [];

        public XlsxLedgerReader(string path)
        {
            _stream = File.OpenRead(path);
            try
            {
                _rows = _stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
                    .Cast<IDictionary<string, object?>>().GetEnumerator();
                if (!_rows.MoveNext())
                {
                    throw new InvalidDataException("工作簿的第一个工作表是空的，没有表头");
                }
            }
            catch (Exception ex) when (ex is not InvalidDataException)
            {
                _stream.Dispose();
                throw new InvalidDataException($"无法读取 .xlsx 文件：{ex.Message}", ex);
            }

            Header = _rows.Current.Values.Select(Text).ToList();
        }

        public override IReadOnlyList<string> Header { get; }

        public override bool Read()
        {
            if (!_rows.MoveNext())
            {
                return false;
            }

            RowNumber++;
            _current = _rows.Current.Values.ToArray();
            return true;
        }

        public override string Cell(int position) =>
            position >= 0 && position < _current.Length ? Text(_current[position]) : "";

        public override void Dispose()
        {
            _rows.Dispose();
            _stream.Dispose();
        }

        // Excel keeps numbers as doubles (a phone typed as a number) and dates as dates.
        private static string Text(object? value) => value switch
        {
            null => "",
            string s => s.Trim(),
            double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
            _ => value.ToString()?.Trim() ?? "",
        };
    }
}
