using ParIndex.Cli.Inputs;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Cli.Template;

/// <summary>
/// The template workbook a clerk fills: the input sheet (three frozen header rows: codes, Vietnamese names, how to
/// fill; dropdown lists for choice, yes/no, evidence and stage columns; Text columns where Excel would otherwise
/// change what is typed), the guide (Vietnamese first, then English) and the lists the dropdowns draw from.
/// </summary>
internal static class TemplateWorkbook
{
    public const string GuideSheet = "Hướng dẫn";
    public const string ListsSheet = "Danh mục";
    private const int LastRow = 2000;

    public static IReadOnlyList<TemplateSheet> Build(Framework framework, InputLayout layout, IReadOnlyList<IReadOnlyList<string>> unitRows)
    {
        var input = new TemplateSheet(XlsxFile.InputSheet) { FrozenRows = 3, FrozenColumns = 2 };
        var lists = new TemplateSheet(ListsSheet);
        var listColumns = new Dictionary<string, int>(StringComparer.Ordinal);
        string ListSource(string key, IReadOnlyList<string> values)
        {
            if (!listColumns.TryGetValue(key, out var column))
            {
                column = listColumns.Count;
                listColumns[key] = column;
                while (lists.Rows.Count < values.Count + 1) lists.Rows.Add([]);
                Set(lists.Rows, 0, column, TemplateCell.Of(key, TemplateCellStyle.Header));
                for (var i = 0; i < values.Count; i++) Set(lists.Rows, i + 1, column, TemplateCell.Of(values[i]));
                lists.Columns[column] = (Math.Clamp(values.Append(key).Max(v => v.Length) + 2, 10, 60), TemplateCellStyle.Text);
            }
            var letter = CellRange.ColumnName(column);
            return $"'{ListsSheet}'!${letter}$2:${letter}${values.Count + 1}";
        }

        var codes = new List<TemplateCell>();
        var names = new List<TemplateCell>();
        var help = new List<TemplateCell>();
        for (var c = 0; c < layout.Columns.Count; c++)
        {
            var column = layout.Columns[c];
            var text = TextColumn(column);
            var how = c == 0 ? InputLayout.HelpRowMarker : column.Help + (text ? TextNote(column) : NumberNote);
            codes.Add(TemplateCell.Of(column.Header, TemplateCellStyle.Header));
            names.Add(TemplateCell.Of(c == 0 ? InputLayout.NamesRowMarker : column.Name, TemplateCellStyle.Header));
            help.Add(TemplateCell.Of(how, TemplateCellStyle.Help));
            var width = column.Kind == ColumnKind.Note ? 40 : Math.Clamp(Math.Max(column.Name.Length, column.Header.Length) * 0.9 + 4, 12, 45);
            input.Columns[c] = (width, text ? TemplateCellStyle.Text : TemplateCellStyle.General);
            var range = $"{CellRange.ColumnName(c)}4:{CellRange.ColumnName(c)}{LastRow}";
            var values = Dropdown(column);
            if (values is not null) input.Lists.Add((range, ListSource(values.Value.Key, values.Value.Values)));
        }
        input.Rows.Add(codes);
        input.Rows.Add(names);
        input.Rows.Add(help);
        // Values in number columns are written as numbers (Excel stores their exact value); everything else as text.
        foreach (var row in unitRows)
            input.Rows.Add([.. row.Select((v, c) => input.Columns.TryGetValue(c, out var col) && col.Style == TemplateCellStyle.General
                && decimal.TryParse(v, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? TemplateCell.Of(n) : TemplateCell.Of(v))]);
        return [input, Guide(framework, layout), lists];
    }

    /// <summary>Whether the column is formatted as Text: everything but plain numbers (values, counts, points, adjustments).</summary>
    private static bool TextColumn(InputColumn column) => column.Kind switch
    {
        ColumnKind.Leaf => CellSyntax.InputOf(column.Leaf!)?.Shape is not (InputShape.Value or InputShape.Count or InputShape.Points),
        ColumnKind.Adjustment => false,
        _ => true,
    };

    private static string TextNote(InputColumn column) => column.Leaf is { } leaf && CellSyntax.IsPercentage(leaf) && column.Kind == ColumnKind.Leaf
        ? ". Ô kiểu Văn bản: gõ 90% hoặc 45/50, đọc đúng như đã gõ; 0,9 không có % bị từ chối (a Text cell: type 90% or 45/50, read as typed; 0.9 without % is refused)"
        : ". Ô kiểu Văn bản: đọc đúng như đã gõ (a Text cell: read as typed)";

    private const string NumberNote = ". Ô kiểu Số: gõ số như thường lệ, Excel lưu đúng giá trị (a Number cell: type the number as usual, Excel stores its value)";

    private static (string Key, IReadOnlyList<string> Values)? Dropdown(InputColumn column) => column.Kind switch
    {
        ColumnKind.Stage => ("stage", ["self", "appraisal1", "appraisal2"]),
        ColumnKind.Evidence => ("evidence", ["có", "không", "chưa đạt"]),
        ColumnKind.Leaf when CellSyntax.InputOf(column.Leaf!) is { Shape: InputShape.Choice } c => ("choice " + column.Header, [.. c.Options, "KPS"]),
        ColumnKind.Leaf when CellSyntax.InputOf(column.Leaf!) is { Shape: InputShape.Met } => ("yes/no", ["x", "không", "KPS"]),
        _ => null,
    };

    private static TemplateSheet Guide(Framework framework, InputLayout layout)
    {
        var guide = new TemplateSheet(GuideSheet) { FrozenRows = 0 };
        void Line(params string[] cells) => guide.Rows.Add([.. cells.Select(v => TemplateCell.Of(v))]);
        void Head(params string[] cells) => guide.Rows.Add([.. cells.Select(v => TemplateCell.Of(v, TemplateCellStyle.Header))]);
        Head($"{framework.Info.Name} ({framework.Info.Issuer}, {framework.Info.Year}) — mã '{framework.Info.Id}', phiên bản {framework.Info.Version}");
        Line($"Điền một dòng cho mỗi đơn vị ở trang '{XlsxFile.InputSheet}' từ dòng 4; không sửa dòng 1 (mã cột). Cột tỷ lệ là ô Văn bản: gõ 90% hoặc 45/50. Số thập phân: dấu , hoặc . (12,5 = 12.5), không dùng dấu phân cách hàng nghìn khi gõ vào ô Văn bản. Ô trống = không có số liệu (0 điểm, được liệt kê khi chấm); KPS = không phát sinh. Cột 'ghi chú' ngay sau cột tiêu chí là ghi chú của tiêu chí đó.");
        Line(string.Empty);
        Head("Cột", "Tên", "Tối đa", "Quy tắc", "Cách nhập", "Ví dụ");
        foreach (var c in layout.Columns)
            Line(c.Header, c.Name, c.Leaf is { } l && c.Kind == ColumnKind.Leaf ? Numbers.Format(l.MaxPoints, 4) : string.Empty,
                c.Kind == ColumnKind.Leaf ? RuleName(c.Leaf!) : string.Empty, c.Help, Example(c));
        Line(string.Empty);
        Head("English");
        Line($"Fill one row per unit on the '{XlsxFile.InputSheet}' sheet from row 4; keep row 1 (the column codes). Ratio columns are Text cells: type 90% or 45/50. Decimals: ',' or '.' (12,5 = 12.5), no thousands separator in a Text cell. Empty = no input (0 points, listed when scored); KPS = not applicable. A 'ghi chú' column right after a criterion's column is that criterion's note.");
        Head("Column", "Name", "Max", "Rule", "How to fill", "Example");
        foreach (var c in layout.Columns)
            Line(c.Header, c.Leaf?.NameEn ?? c.Name, c.Leaf is { } l && c.Kind == ColumnKind.Leaf ? Numbers.Format(l.MaxPoints, 4) : string.Empty,
                c.Kind == ColumnKind.Leaf ? c.Leaf!.Rule?.Describe() ?? string.Empty : string.Empty, c.Help, Example(c));
        guide.Columns[0] = (14, TemplateCellStyle.Text);
        guide.Columns[1] = (50, TemplateCellStyle.Text);
        guide.Columns[2] = (9, TemplateCellStyle.Text);
        guide.Columns[3] = (30, TemplateCellStyle.Text);
        guide.Columns[4] = (70, TemplateCellStyle.Text);
        guide.Columns[5] = (16, TemplateCellStyle.Text);
        return guide;
    }

    private static string RuleName(Node leaf) => CellSyntax.InputOf(leaf) is { } input
        ? input.Shape == InputShape.Fields ? input.Title : $"{input.Title} ({input.TitleEn})"
        : string.Empty;

    private static string Example(InputColumn column) => column.Kind switch
    {
        ColumnKind.UnitId => "xa-vinh-thanh",
        ColumnKind.UnitName => "Xã Vĩnh Thành",
        ColumnKind.Stage => "appraisal1",
        ColumnKind.Evidence => "có",
        ColumnKind.Adjustment => "1",
        ColumnKind.Note => "thiếu quyết định ban hành",
        ColumnKind.Leaf => CellSyntax.InputOf(column.Leaf!) switch
        {
            { Shape: InputShape.Met } => "x",
            { Shape: InputShape.Choice, Options: [var first, ..] } => first,
            { Shape: InputShape.Ratio } => "45/50 | 90%",
            { Shape: InputShape.Count } => "3",
            { Shape: InputShape.Value } => "12,5",
            { Shape: InputShape.Points } => Numbers.Format(column.Leaf!.MaxPoints, 4),
            { Shape: InputShape.Survey } => "85%",
            _ => "count=3",
        },
        _ => string.Empty,
    };

    private static void Set(List<IReadOnlyList<TemplateCell>> rows, int row, int column, TemplateCell cell)
    {
        var list = rows[row] as List<TemplateCell> ?? [.. rows[row]];
        while (list.Count <= column) list.Add(default);
        list[column] = cell;
        rows[row] = list;
    }
}
