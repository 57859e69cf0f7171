namespace ParIndex.Cli.Output;

/// <summary>
/// A table of preformatted text cells for the analysis commands (robustness, what-if) still to be moved onto the
/// engine's report model (ParIndex.Engine.Reports); the reports themselves no longer use it.
/// </summary>
internal sealed record Table(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlySet<int>? RightAligned = null)
{
    /// <summary>Aligned columns for the terminal, widths counted in text elements so Vietnamese lines up.</summary>
    public string ToText()
    {
        var all = new List<IReadOnlyList<string>> { Header };
        all.AddRange(Rows);
        var widths = Enumerable.Range(0, Header.Count).Select(i => all.Max(r => i < r.Count ? Width(r[i]) : 0)).ToArray();
        var lines = all.Select(r => string.Join("  ", Enumerable.Range(0, Header.Count).Select(i =>
        {
            var cell = i < r.Count ? r[i] : string.Empty;
            var pad = new string(' ', widths[i] - Width(cell));
            return RightAligned?.Contains(i) == true ? pad + cell : (i == Header.Count - 1 ? cell : cell + pad);
        })).TrimEnd()).ToList();
        lines.Insert(1, string.Join("  ", widths.Select(w => new string('-', w))));
        return string.Join('\n', lines) + "\n";
    }

    public string ToMarkdown()
    {
        var lines = new List<string>
        {
            "| " + string.Join(" | ", Header.Select(Escape)) + " |",
            "|" + string.Join("|", Header.Select((_, i) => RightAligned?.Contains(i) == true ? "---:" : "---")) + "|",
        };
        lines.AddRange(Rows.Select(r => "| " + string.Join(" | ", r.Select(Escape)) + " |"));
        return string.Join('\n', lines) + "\n";
    }

    public IReadOnlyList<IReadOnlyList<string>> AllRows() => [Header, .. Rows];

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static int Width(string s) => new System.Globalization.StringInfo(s.Normalize()).LengthInTextElements;
}
