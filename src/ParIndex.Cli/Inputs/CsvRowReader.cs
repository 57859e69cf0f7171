using System.Text;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// Reads CSV rows one at a time from a text reader (RFC 4180 quoting, CR LF or LF line ends, a leading BOM skipped),
/// so that a sheet of a million rows never has to be held in memory. The separator is ';' when the first line has a
/// ';' and no ',', else ','. Rows with no non-empty cell are skipped; each row carries the line it starts on.
/// </summary>
internal sealed class CsvRowReader
{
    private readonly TextReader _reader;
    private readonly string _name;
    private char[] _buffer = new char[1 << 16];
    private int _length;
    private int _position;
    private bool _eof;

    public CsvRowReader(TextReader reader, string name)
    {
        _reader = reader;
        _name = name;
    }

    /// <summary>Every row, lazily.</summary>
    public IEnumerable<SheetRow> Rows()
    {
        Fill();
        if (_length > 0 && _buffer[0] == '\uFEFF') _position = 1;
        var separator = DetectSeparator();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        // The cell just taken whole from the buffer: the separator or line end that follows it adds nothing more.
        var pending = false;
        while (true)
        {
            if (_position >= _length)
            {
                if (_eof) break;
                Fill();
                continue;
            }
            var c = _buffer[_position];
            if (quoted)
            {
                if (c == '"')
                {
                    if (!Ensure(1)) { quoted = false; _position++; continue; }
                    if (_buffer[_position + 1] == '"')
                    {
                        cell.Append('"');
                        _position += 2;
                        continue;
                    }
                    quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                _position++;
                continue;
            }
            if (cell.Length == 0 && c != '"' && c != separator && c is not ('\r' or '\n'))
            {
                // The common cell, unquoted: taken whole from the buffer up to its end, not a character at a time.
                var rest = new ReadOnlySpan<char>(_buffer, _position, _length - _position);
                var end = separator == ',' ? rest.IndexOfAny(',', '\r', '\n') : rest.IndexOfAny(separator, '\r', '\n');
                if (end >= 0)
                {
                    cells.Add(new string(rest[..end]));
                    _position += end;
                    pending = true;
                    continue;
                }
                // The buffer ends inside the cell: keep what there is and read on as before.
                cell.Append(rest);
                _position = _length;
                continue;
            }
            if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == separator)
            {
                if (!pending) cells.Add(cell.ToString());
                pending = false;
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && Ensure(1) && _buffer[_position + 1] == '\n') _position++;
                if (!pending) cells.Add(cell.ToString());
                pending = false;
                cell.Clear();
                if (cells.Exists(x => x.Length > 0)) yield return SheetRow.OfText(rowStart, cells);
                cells.Clear();
                line++;
                rowStart = line;
            }
            else cell.Append(c);
            _position++;
        }
        if (quoted) throw new CliException($"{_name}: row {rowStart}: a quoted cell is not closed (a '\"' is missing)");
        cells.Add(cell.ToString());
        // No line end after the last row: a file cut short (a copy stopped, a download interrupted) ends like this.
        if (cells.Exists(x => x.Length > 0)) yield return SheetRow.OfText(rowStart, cells, cutShort: true);
    }

    private char DetectSeparator()
    {
        // The first line decides; read on until it is whole (or the file ends).
        var scanned = _position;
        while (true)
        {
            var end = Array.FindIndex(_buffer, scanned, _length - scanned, ch => ch is '\r' or '\n');
            if (end >= 0 || _eof)
            {
                var line = new ReadOnlySpan<char>(_buffer, _position, (end >= 0 ? end : _length) - _position);
                return line.Contains(';') && !line.Contains(',') ? ';' : ',';
            }
            scanned = _length;
            Fill(keep: true);
        }
    }

    /// <summary>Whether <paramref name="ahead"/> more characters after the current one are in the buffer (reading more if needed).</summary>
    private bool Ensure(int ahead)
    {
        while (_position + ahead >= _length && !_eof) Fill(keep: true);
        return _position + ahead < _length;
    }

    private void Fill(bool keep = false)
    {
        if (!keep || _position > 0)
        {
            // Move what is not yet consumed to the front.
            var rest = _length - _position;
            Array.Copy(_buffer, _position, _buffer, 0, rest);
            _length = rest;
            _position = 0;
        }
        if (_length == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        int read;
        try
        {
            read = _reader.Read(_buffer, _length, _buffer.Length - _length);
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"{_name}: not UTF-8 text; save the sheet as 'CSV UTF-8'");
        }
        if (read == 0) _eof = true;
        _length += read;
    }
}
