using System.Text;
using Governance.Modules.Registry.Infrastructure.Files;

namespace Governance.Modules.Registry.Infrastructure.Csv;

/// <summary>
/// Reads RFC 4180 CSV record by record: comma-separated, fields optionally in double quotes (doubled quotes
/// inside, line breaks allowed), records ending in CRLF, LF or CR. Unquoted fields are trimmed. A record with a
/// stray quote is read as well as it can be and flagged, so one bad line does not stop a whole ledger.
/// </summary>
internal sealed class CsvRows : IDisposable
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = new(16);
    private int _position;
    private int _length;

    public CsvRows(Stream stream) => _reader = TextDecoding.Open(stream);

    /// <summary>The fields of the current record.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Whether the current record had stray or unbalanced quotes.</summary>
    public bool IsBadData { get; private set; }

    public bool Read()
    {
        _fields.Clear();
        IsBadData = false;
        if (Peek() < 0)
        {
            return false;
        }

        while (true)
        {
            var end = ReadField();
            if (end != ',')
            {
                // A blank line is no record; skip it.
                if (_fields is [""] && end >= 0 && Peek() >= 0)
                {
                    _fields.Clear();
                    continue;
                }

                return !(_fields is [""] && end < 0);
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>Reads one field into <see cref="_fields"/>; returns what ended it: ',', '\n' or −1 (end of input).</summary>
    private int ReadField()
    {
        _field.Clear();
        SkipSpaces();
        var quoted = Peek() == '"';
        if (quoted)
        {
            Next();
            ReadQuoted();
        }

        while (true)
        {
            var c = Next();
            switch (c)
            {
                case < 0 or ',':
                    _fields.Add(quoted ? _field.ToString() : _field.ToString().Trim());
                    return c;
                case '\r' or '\n':
                    if (c == '\r' && Peek() == '\n')
                    {
                        Next();
                    }

                    _fields.Add(quoted ? _field.ToString() : _field.ToString().Trim());
                    return '\n';
                case '"':
                    IsBadData = true;
                    _field.Append('"');
                    break;
                default:
                    if (quoted && !char.IsWhiteSpace((char)c))
                    {
                        IsBadData = true;
                    }

                    if (!quoted || !char.IsWhiteSpace((char)c))
                    {
                        _field.Append((char)c);
                    }

                    break;
            }
        }
    }

    private void ReadQuoted()
    {
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                IsBadData = true;
                return;
            }

            if (c == '"')
            {
                if (Peek() != '"')
                {
                    return;
                }

                Next();
            }

            _field.Append((char)c);
        }
    }

    private void SkipSpaces()
    {
        while (Peek() is ' ' or '\t')
        {
            Next();
        }
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position];
    }

    private int Next()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position++];
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
