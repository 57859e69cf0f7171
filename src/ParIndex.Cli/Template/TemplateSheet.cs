namespace ParIndex.Cli.Template;

/// <summary>A sheet of a template workbook: rows, column widths and styles, frozen panes, dropdown lists.</summary>
internal sealed class TemplateSheet(string name)
{
    public string Name { get; } = name.Length > 31 ? name[..31] : name;

    public List<IReadOnlyList<TemplateCell>> Rows { get; } = [];

    /// <summary>Per column (0-based): its width in characters and the style of the cells a clerk will type in it.</summary>
    public SortedDictionary<int, (double Width, TemplateCellStyle Style)> Columns { get; } = [];

    public int FrozenRows { get; init; }

    public int FrozenColumns { get; init; }

    public bool Hidden { get; init; }

    /// <summary>Dropdown lists: the range they apply to ("E4:E1000") and the range of the allowed values ("'Danh mục'!$A$2:$A$5").</summary>
    public List<(string Range, string Source)> Lists { get; } = [];
}
