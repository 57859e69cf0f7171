using System.Text;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>Turns byte offsets of a UTF-8 document into 1-based lines and columns (columns count UTF-16 characters, as editors do).</summary>
internal sealed class SourceMap
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];

    public SourceMap(byte[] bytes)
    {
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') _lineStarts.Add(i + 1);
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
        var column = 1;
        var span = _bytes.AsSpan(start, Math.Max(0, offset - start));
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(span, out var rune, out var consumed) != System.Buffers.OperationStatus.Done) { column++; span = span[Math.Max(1, consumed)..]; continue; }
            column += rune.Utf16SequenceLength;
            span = span[consumed..];
        }
        return (line + 1, column);
    }
}
