using System.Globalization;
using System.Net;
using System.Text;
using ParIndex.Engine.Reports;

namespace ParIndex.Cli.Output.Html;

/// <summary>
/// Draws a <see cref="ReportChart"/> as inline SVG: no script, no font or style from outside, a &lt;title&gt; as the
/// drawing's accessible name, and a &lt;title&gt; on every mark so hovering a bar or a dot names it.
/// </summary>
internal static class SvgChart
{
    private const int Width = 640;
    private static readonly string[] Palette = ["#1f5f99", "#e07b00", "#2e8540", "#7a4fa3", "#b3261e"];

    public static string Draw(ReportChart chart, string id, CultureInfo culture)
    {
        var body = new StringBuilder();
        var height = chart.Kind switch
        {
            ChartKind.Bars => Bars(chart, body, culture),
            ChartKind.GroupedBars => GroupedBars(chart, body, culture),
            ChartKind.Strip => Strip(chart, body, culture),
            ChartKind.Interval => Interval(chart, body, culture),
            _ => Slope(chart, body, culture),
        };
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(chart.Title)}</title>");
        svg.Append(body);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int Bars(ReportChart chart, StringBuilder s, CultureInfo culture)
    {
        const int top = 20, bottom = 40, left = 44, plotHeight = 200;
        var values = chart.Series[0].Values;
        var max = Nice(chart.Maximum ?? values.Max(v => v ?? 0m));
        var n = Math.Max(1, chart.Categories.Count);
        var band = (Width - left - 10) / (double)n;
        Grid(s, left, top, plotHeight, max, culture, horizontal: true);
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var v = values[i] ?? 0m;
            var h = max == 0m ? 0 : (double)(v / max) * plotHeight;
            var x = left + i * band + band * 0.2;
            var w = band * 0.6;
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(top + plotHeight - h)}\" width=\"{F(w)}\" height=\"{F(h)}\" fill=\"{Palette[0]}\"><title>{E(chart.Categories[i])}: {E(V(v, culture))}</title></rect>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + w / 2)}\" y=\"{F(top + plotHeight - h - 5)}\" text-anchor=\"middle\" class=\"v\">{E(V(v, culture))}</text>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + w / 2)}\" y=\"{top + plotHeight + 18}\" text-anchor=\"middle\">{E(Cut(chart.Categories[i], (int)(band / 7)))}</text>");
        }
        return top + plotHeight + bottom;
    }

    private static int GroupedBars(ReportChart chart, StringBuilder s, CultureInfo culture)
    {
        const int top = 40, left = 230, right = 50;
        var series = chart.Series.Count;
        var barHeight = 9;
        var groupHeight = Math.Max(series * barHeight + 12, 30);
        var plotHeight = chart.Categories.Count * groupHeight;
        var max = chart.Maximum ?? Nice(chart.Series.SelectMany(x => x.Values).Max(v => v ?? 0m));
        var plotWidth = Width - left - right;
        for (var k = 0; k < series; k++)
        {
            var lx = left + k * 150;
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"8\" width=\"12\" height=\"12\" fill=\"{Palette[k % Palette.Length]}\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx + 16}\" y=\"18\">{E(Cut(chart.Series[k].Name, 22))}</text>");
        }
        for (var t = 0; t <= 4; t++)
        {
            var value = max * t / 4;
            var x = left + plotWidth * t / 4.0;
            s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{top - 4}\" x2=\"{F(x)}\" y2=\"{top + plotHeight}\" class=\"grid\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{top + plotHeight + 14}\" text-anchor=\"middle\" class=\"axis\">{E(V(value, culture))}</text>");
        }
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var y0 = top + i * groupHeight + 4;
            // The category on at most two lines, words kept whole; the full name is in the table beside and in the tooltip.
            var lines = Wrap(chart.Categories[i], 38, 2);
            var ly = y0 + series * barHeight / 2.0 + 4 - (lines.Count - 1) * 6;
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{F(ly)}\" text-anchor=\"end\"><title>{E(chart.Categories[i])}</title>");
            for (var l = 0; l < lines.Count; l++)
                s.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{left - 6}\" dy=\"{(l == 0 ? 0 : 12)}\">{E(lines[l])}</tspan>");
            s.Append("</text>");
            for (var k = 0; k < series; k++)
            {
                var v = chart.Series[k].Values[i];
                if (v is null) continue;
                var w = max == 0m ? 0 : (double)(Math.Min(v.Value, max) / max) * plotWidth;
                var y = y0 + k * barHeight;
                s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y}\" width=\"{F(w)}\" height=\"{barHeight - 1}\" fill=\"{Palette[k % Palette.Length]}\"><title>{E(chart.Categories[i])} — {E(chart.Series[k].Name)}: {E(V(v.Value, culture))}{E(chart.Unit ?? string.Empty)}</title></rect>");
                s.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left + w + 3)}\" y=\"{y + barHeight - 1}\" class=\"v small\">{E(V(v.Value, culture))}</text>");
            }
        }
        return top + plotHeight + 24;
    }

    private static int Strip(ReportChart chart, StringBuilder s, CultureInfo culture)
    {
        const int left = 30, right = 30, axisY = 120;
        var max = chart.Maximum ?? Nice(chart.Series[0].Values.Max(v => v ?? 0m));
        var plotWidth = Width - left - right;
        double X(decimal v) => left + (max == 0m ? 0 : (double)(v / max) * plotWidth);
        s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{axisY}\" x2=\"{Width - right}\" y2=\"{axisY}\" class=\"axis-line\"/>");
        for (var t = 0; t <= 10; t++)
        {
            var value = max * t / 10;
            s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(value))}\" y1=\"{axisY}\" x2=\"{F(X(value))}\" y2=\"{axisY + 4}\" class=\"axis-line\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(value))}\" y=\"{axisY + 16}\" text-anchor=\"middle\" class=\"axis\">{E(V(value, culture))}</text>");
        }
        var markerRow = 0;
        foreach (var m in chart.Markers.OrderBy(m => m.Value))
        {
            var x = X(m.Value);
            s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"14\" x2=\"{F(x)}\" y2=\"{axisY}\" class=\"cut\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 3)}\" y=\"{12 + (markerRow++ % 2) * 11}\" class=\"small\">{E(m.Label)}</text>");
        }
        var values = chart.Series[0].Values;
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            if (values[i] is not { } v) continue;
            var y = axisY - 16 - (i % 6) * 13;
            s.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(v))}\" cy=\"{y}\" r=\"5\" fill=\"{Palette[0]}\" fill-opacity=\"0.75\"><title>{E(chart.Categories[i])}: {E(V(v, culture))}</title></circle>");
        }
        return axisY + 26;
    }

    private static int Slope(ReportChart chart, StringBuilder s, CultureInfo culture)
    {
        const int top = 36, x1 = 150, x2 = 330, labelX = 340;
        var n = chart.Categories.Count;
        var plotHeight = Math.Max(220, n * 15);
        var all = chart.Series.SelectMany(x => x.Values).Where(v => v is not null).Select(v => v!.Value).ToList();
        var lo = all.Count == 0 ? 0m : Math.Floor(all.Min() / 10m) * 10m;
        var hi = all.Count == 0 ? 100m : Math.Ceiling(all.Max() / 10m) * 10m;
        if (hi == lo) hi = lo + 10m;
        double Y(decimal v) => top + (double)((hi - v) / (hi - lo)) * plotHeight;
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"{x1}\" y=\"20\" text-anchor=\"middle\">{E(Cut(chart.Series[0].Name, 24))}</text>");
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"{x2}\" y=\"20\" text-anchor=\"middle\">{E(Cut(chart.Series[1].Name, 24))}</text>");
        foreach (var x in new[] { x1, x2 }) s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{top + plotHeight}\" class=\"axis-line\"/>");
        for (var t = lo; t <= hi; t += 10m)
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{x1 - 8}\" y=\"{F(Y(t) + 4)}\" text-anchor=\"end\" class=\"axis\">{E(V(t, culture))}</text>");
        var labels = new List<(double Y, string Text, string Color)>();
        for (var i = 0; i < n; i++)
        {
            if (chart.Series[0].Values[i] is not { } a || chart.Series[1].Values[i] is not { } b) continue;
            var color = b > a ? "#2e8540" : b < a ? "#b3261e" : "#6b7280";
            var title = $"{chart.Categories[i]}: {V(a, culture)} → {V(b, culture)}";
            s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1}\" y1=\"{F(Y(a))}\" x2=\"{x2}\" y2=\"{F(Y(b))}\" stroke=\"{color}\" stroke-width=\"1.6\"><title>{E(title)}</title></line>");
            s.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x1}\" cy=\"{F(Y(a))}\" r=\"3\" fill=\"{color}\"/><circle cx=\"{x2}\" cy=\"{F(Y(b))}\" r=\"3\" fill=\"{color}\"/>");
            labels.Add((Y(b), $"{chart.Categories[i]} {V(b, culture)} ({(b - a > 0 ? "+" : string.Empty)}{V(b - a, culture)})", color));
        }
        // Labels pushed apart so that none overlaps, kept in the order of the values.
        var placed = labels.OrderBy(l => l.Y).ToList();
        var last = double.MinValue;
        var bottom = top + plotHeight;
        foreach (var l in placed)
        {
            var y = Math.Max(l.Y + 4, last + 13);
            last = y;
            bottom = Math.Max(bottom, (int)y + 6);
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelX}\" y=\"{F(y)}\" class=\"small\" fill=\"{l.Color}\">{E(Cut(l.Text, 44))}</text>");
        }
        return bottom + 10;
    }

    private static int Interval(ReportChart chart, StringBuilder s, CultureInfo culture)
    {
        // Ranks run left (1, the best) to right (the maximum): one row per unit, its range as a bar, its nominal rank
        // as a dot. The unit's name on the left, the figures in the tooltip and the table beside.
        const int top = 30, left = 190, right = 20, rowHeight = 16;
        var n = chart.Categories.Count;
        var max = Math.Max(2m, chart.Maximum ?? chart.Series.SelectMany(x => x.Values).Max(v => v ?? 1m));
        var plotWidth = Width - left - right;
        double X(decimal rank) => left + (double)((rank - 1m) / (max - 1m)) * plotWidth;
        var plotHeight = n * rowHeight;
        var step = max <= 10m ? 1m : Nice(max / 10m);
        for (var t = 1m; t <= max; t += step)
        {
            s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(t))}\" y1=\"{top - 4}\" x2=\"{F(X(t))}\" y2=\"{top + plotHeight}\" class=\"grid\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(t))}\" y=\"{top - 8}\" text-anchor=\"middle\" class=\"axis\">{E(V(t, culture))}</text>");
        }
        for (var i = 0; i < n; i++)
        {
            var y = top + i * rowHeight + rowHeight / 2.0;
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\" class=\"small\">{E(Cut(chart.Categories[i], 30))}</text>");
            if (chart.Series[0].Values[i] is not { } low || chart.Series[1].Values[i] is not { } high) continue;
            var title = $"{chart.Categories[i]}: {chart.Series[0].Name} {V(low, culture)} – {V(high, culture)}";
            s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(low))}\" y1=\"{F(y)}\" x2=\"{F(X(high))}\" y2=\"{F(y)}\" stroke=\"{Palette[0]}\" stroke-width=\"6\" stroke-linecap=\"round\" stroke-opacity=\"0.45\"><title>{E(title)}</title></line>");
            if (chart.Series.Count > 2 && chart.Series[2].Values[i] is { } nominal)
                s.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(nominal))}\" cy=\"{F(y)}\" r=\"4\" fill=\"{Palette[1]}\"><title>{E(chart.Categories[i])}: {E(chart.Series[2].Name)} {E(V(nominal, culture))}</title></circle>");
        }
        var legendY = top + plotHeight + 18;
        s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{legendY - 4}\" x2=\"{left + 24}\" y2=\"{legendY - 4}\" stroke=\"{Palette[0]}\" stroke-width=\"6\" stroke-opacity=\"0.45\"/>");
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 30}\" y=\"{legendY}\" class=\"small\">{E(Cut(chart.Series[0].Name, 40))}</text>");
        if (chart.Series.Count > 2)
        {
            s.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{left + 250}\" cy=\"{legendY - 4}\" r=\"4\" fill=\"{Palette[1]}\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 258}\" y=\"{legendY}\" class=\"small\">{E(Cut(chart.Series[2].Name, 40))}</text>");
        }
        return legendY + 10;
    }

    private static void Grid(StringBuilder s, int left, int top, int plotHeight, decimal max, CultureInfo culture, bool horizontal)
    {
        _ = horizontal;
        for (var t = 0; t <= 4; t++)
        {
            var value = max * t / 4;
            var y = top + plotHeight - plotHeight * t / 4.0;
            s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{F(y)}\" x2=\"{Width - 10}\" y2=\"{F(y)}\" class=\"grid\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\" class=\"axis\">{E(V(value, culture))}</text>");
        }
    }

    /// <summary>A round top for a scale: 1, 2, 2.5 or 5 times a power of ten, at least the largest value.</summary>
    private static decimal Nice(decimal max)
    {
        if (max <= 0m) return 1m;
        var power = 1m;
        while (power * 10m <= max) power *= 10m;
        while (power > max) power /= 10m;
        foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m }) if (step * power >= max) return step * power;
        return 10m * power;
    }

    /// <summary>Text on at most <paramref name="maxLines"/> lines of <paramref name="width"/> characters; the last line cut with "…".</summary>
    private static List<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        if (lines.Count <= maxLines) return lines;
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = Cut(kept[^1] + " " + lines[maxLines], width);
        return kept;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..Math.Max(1, max - 1)].TrimEnd() + "…";

    private static string V(decimal value, CultureInfo culture) => ReportCell.Number(value).Format(culture);

    private static string F(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(SafeText.OneLine(text));
}
