using System.Text;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>
/// Turns byte offsets of a UTF-8 document into 1-based lines and columns (columns count UTF-16 characters, as editors
/// do). O(1) per position on a line of ASCII (the column is the byte distance); on a line with other characters the
/// column is counted from the nearest checkpoint (every 4 KiB of the line, kept from earlier look-ups), so a
/// 300 KB one-line document with a hundred thousand problems costs the same per problem as a short one.
/// </summary>
internal sealed class SourceMap
{
    private const int Stride = 4096;

    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];
    private readonly List<bool> _ascii = [];
    // Per line with non-ASCII bytes: the UTF-16 column at every Stride bytes from the line start (filled on demand).
    private readonly Dictionary<int, List<int>> _checkpoints = [];

    public SourceMap(byte[] bytes)
    {
        _bytes = bytes;
        var ascii = true;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == (byte)'\n')
            {
                _ascii.Add(ascii);
                ascii = true;
                _lineStarts.Add(i + 1);
            }
            else if (b >= 0x80) ascii = false;
        }
        _ascii.Add(ascii);
    }

    public int LineStart(int zeroBasedLine) => zeroBasedLine < _lineStarts.Count ? _lineStarts[zeroBasedLine] : _bytes.Length;

    public (int Line, int Column) Locate(int offset)
    {
        if (offset < 0) return (0, 0);
        if (offset > _bytes.Length) offset = _bytes.Length;
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        var start = _lineStarts[line];
        // A UTF-8 BOM at the very start is not a character an editor shows.
        if (line == 0 && _bytes.Length >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF && offset >= 3) start = 3;
        if (_ascii[line]) return (line + 1, offset - start + 1);

        if (!_checkpoints.TryGetValue(line, out var marks)) _checkpoints[line] = marks = [1];
        var k = Math.Min((offset - start) / Stride, marks.Count - 1);
        while (k < (offset - start) / Stride)
        {
            // Extend the checkpoints up to this offset; a character that straddles a checkpoint is counted where it starts.
            var from = start + k * Stride;
            marks.Add(Count(from, from + Stride, marks[k]));
            k++;
        }
        return (line + 1, Count(start + k * Stride, offset, marks[k]));
    }

    /// <summary>The column after the characters that start in [from, to), counting on from <paramref name="column"/>.</summary>
    private int Count(int from, int to, int column)
    {
        // Continuation bytes at 'from' belong to a character counted before it.
        while (from < to && from < _bytes.Length && (_bytes[from] & 0xC0) == 0x80) from++;
        to = Math.Min(to, _bytes.Length);
        var position = from;
        while (position < to)
        {
            if (_bytes[position] < 0x80)
            {
                column++;
                position++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(_bytes.AsSpan(position), out var rune, out var consumed);
            column += status == System.Buffers.OperationStatus.Done ? rune.Utf16SequenceLength : 1;
            position += Math.Max(1, consumed);
        }
        return column;
    }
}
