using System.Text;
using FluentAssertions;
using ParIndex.Cli.Inputs;
using Xunit;

namespace ParIndex.Cli.Tests.Sheets;

/// <summary>
/// Issue 14: a million-row sheet is read with shortcuts (a whole unquoted cell taken from the buffer at once, text
/// known to be in normalization form C not normalized again). Each shortcut must read exactly what the plain reading
/// reads: these tests compare them on random text.
/// </summary>
public class FastReadingTests
{
    [Fact]
    public void Text_the_shortcut_leaves_alone_is_in_normalization_form_C()
    {
        // Every character the shortcut trusts, alone and after each other (a starter that would compose with the
        // next one would show here).
        var trusted = Enumerable.Range(1, 0x2FF).Concat(Enumerable.Range(0x1EA0, 0x1EF9 - 0x1EA0 + 1)).Select(c => (char)c).ToArray();
        foreach (var c in trusted)
        {
            c.ToString().IsNormalized(NormalizationForm.FormC).Should().BeTrue($"U+{(int)c:X4}");
            foreach (var d in trusted)
                if (!string.Concat(c, d).IsNormalized(NormalizationForm.FormC)) Assert.Fail($"U+{(int)c:X4} U+{(int)d:X4} is not in form C");
        }
        CellSyntax.Nfc("Mức 1").Should().BeSameAs("Mức 1");
        // Decomposed text (a combining acute accent after 'u' with horn) is still normalized.
        CellSyntax.Nfc("M\u01B0\u0301c 1").Should().Be("Mức 1");
    }

    [Fact]
    public void Csv_rows_are_read_as_a_character_at_a_time_reading_reads_them()
    {
        var random = new Random(14);
        string[] pieces = ["a", "Xã", "12/15", "\"", "\"\"", ",", ";", "\n", "\r\n", " ", "Mức 1", "x", "", "A=1; B=2"];
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder(random.Next(2) == 0 ? "unit_id,b\n" : "unit_id;b\n");
            // Long cells now and then, so that cells cross the reader's 64 KiB buffer.
            var parts = random.Next(1, 400);
            for (var p = 0; p < parts; p++)
                text.Append(random.Next(60) == 0 ? new string('z', random.Next(1, 70_000)) : pieces[random.Next(pieces.Length)]);
            if (random.Next(3) == 0) text.Append('\n');
            var csv = text.ToString();

            var expected = Reference(csv, out var unclosed);
            var read = () => CsvFile.Parse(csv, "t.csv");
            if (unclosed)
            {
                read.Should().Throw<CliException>().WithMessage("*quoted cell is not closed*");
                continue;
            }
            var rows = read();
            rows.Select(r => (r.Number, r.CutShort, string.Join("|", r.Cells.Select(c => c.Text.Replace("|", "¦", StringComparison.Ordinal)))))
                .Should().Equal(expected, $"round {round}");
        }
    }

    /// <summary>The reading as it was written first: one character at a time (RFC 4180 quotes, a quote opens only at a cell's start).</summary>
    private static List<(int Number, bool CutShort, string Cells)> Reference(string csv, out bool unclosed)
    {
        var firstLineEnd = csv.IndexOfAny(['\r', '\n']);
        var first = firstLineEnd < 0 ? csv : csv[..firstLineEnd];
        var separator = first.Contains(';') && !first.Contains(',') ? ';' : ',';
        var rows = new List<(int, bool, string)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, rowStart = 1;
        var quoted = false;
        void Row(bool cutShort)
        {
            if (cells.Exists(x => x.Length > 0)) rows.Add((rowStart, cutShort, string.Join("|", cells.Select(c => c.Replace("|", "¦", StringComparison.Ordinal)))));
            cells.Clear();
        }
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                continue;
            }
            if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == separator) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') i++;
                cells.Add(cell.ToString());
                cell.Clear();
                Row(false);
                line++;
                rowStart = line;
            }
            else cell.Append(c);
        }
        unclosed = quoted;
        cells.Add(cell.ToString());
        Row(true);
        return rows;
    }
}
