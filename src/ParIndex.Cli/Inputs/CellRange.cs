using System.Globalization;

namespace ParIndex.Cli.Inputs;

/// <summary>A rectangle of cells ("E5:F5"), rows 1-based, columns 0-based.</summary>
internal readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Contains(int row, int column) => row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;

    public override string ToString() => $"{ColumnName(FirstColumn)}{FirstRow}:{ColumnName(LastColumn)}{LastRow}";

    /// <summary>Parses "E5:F5" (or one cell "E5"); <see langword="null"/> when it is not a reference.</summary>
    public static CellRange? Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 1 or > 2 || !TryParseCell(parts[0], out var r1, out var c1)) return null;
        if (parts.Length == 1) return new CellRange(r1, c1, r1, c1);
        return TryParseCell(parts[1], out var r2, out var c2) ? new CellRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2)) : null;
    }

    /// <summary>Parses a cell reference ("AB12"): the row (1-based) and column (0-based).</summary>
    public static bool TryParseCell(string text, out int row, out int column)
    {
        row = 0;
        column = -1;
        var i = 0;
        var col = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            col = col * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (col > 16384) return false;
            i++;
        }
        if (i == 0 || i == text.Length) return false;
        if (!int.TryParse(text.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) || row < 1) return false;
        column = col - 1;
        return true;
    }

    /// <summary>The column's letters: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            name = (char)('A' + m) + name;
            index = (index - 1) / 26;
        }
        return name;
    }
}
