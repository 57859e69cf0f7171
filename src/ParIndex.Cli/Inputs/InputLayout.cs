using ParIndex.Engine.Model;

namespace ParIndex.Cli.Inputs;

/// <summary>What a column of an input sheet holds.</summary>
internal enum ColumnKind
{
    UnitId,
    UnitName,
    Block,
    Stage,
    Leaf,
    Evidence,
    References,
    Adjustment,
    Disqualifiers,

    /// <summary>A note: "&lt;code&gt;#note" for a leaf, or "ghi chú" (after a leaf's columns: that leaf's note).</summary>
    Note,
}

/// <summary>One column of an input sheet: its header (the machine-read code), its Vietnamese name and how to fill it.</summary>
internal sealed record InputColumn(string Header, string Name, string Help, ColumnKind Kind, bool Required, Node? Leaf = null, string? Code = null);

/// <summary>
/// The layout of an input sheet for a framework, shared by <c>template</c> (which writes it) and the readers (which
/// check against it). Row 1 holds the column codes; rows whose first cell starts with '#' are notes and skipped
/// (the template writes the Vietnamese names and what to enter there); every other row is one unit at one stage.
/// </summary>
internal sealed class InputLayout
{
    public const string UnitId = "unit_id";
    public const string UnitName = "unit_name";
    public const string Block = "block";
    public const string StageHeader = "stage";
    public const string EvidenceSuffix = "#evidence";
    public const string ReferencesSuffix = "#refs";
    public const string NoteSuffix = "#note";
    public const string NotesHeader = "ghi chú";
    public const string AdjustmentPrefix = "adj:";
    public const string DisqualifiersHeader = "disqualifiers";
    public const string NamesRowMarker = "# tên (name)";
    public const string HelpRowMarker = "# cách nhập (how to fill)";

    private InputLayout(IReadOnlyList<InputColumn> columns) => Columns = columns;

    public IReadOnlyList<InputColumn> Columns { get; }

    public static InputLayout For(Framework framework)
    {
        var columns = new List<InputColumn>
        {
            new(UnitId, "Mã đơn vị", "mã ổn định, viết thường (a stable id: xa-vinh-thanh)", ColumnKind.UnitId, true),
            new(UnitName, "Tên đơn vị", "tên đơn vị (the unit's name)", ColumnKind.UnitName, true),
            new(Block, "Khối", "khối xếp hạng, để trống nếu chỉ có một (the ranking block; empty for one)", ColumnKind.Block, false),
            new(StageHeader, "Giai đoạn", "self | appraisal1 | appraisal2 (tự chấm, thẩm định lần 1, lần 2); trống = appraisal1", ColumnKind.Stage, false),
            new(NotesHeader, "Ghi chú", NotesHelp, ColumnKind.Note, false),
        };
        foreach (var leaf in framework.Leaves)
        {
            columns.Add(new(leaf.Code, leaf.Name, CellSyntax.Describe(leaf, framework.Policy), ColumnKind.Leaf, true, leaf, leaf.Code));
            if (leaf.Evidence is { } evidence)
            {
                columns.Add(new(leaf.Code + EvidenceSuffix, $"Tài liệu kiểm chứng {leaf.Code}",
                    "có | không | chưa đạt (evidence provided, missing, insufficient)" + (evidence.Description is { } d ? ": " + d : string.Empty),
                    ColumnKind.Evidence, false, leaf, leaf.Code));
                if (evidence.ReferencesRequired)
                    columns.Add(new(leaf.Code + ReferencesSuffix, $"Số hiệu văn bản {leaf.Code}", "số hiệu văn bản, cách nhau bằng ; (document references, separated by ;)", ColumnKind.References, false, leaf, leaf.Code));
            }
        }
        var adjustments = framework.AllNodes.SelectMany(n => n.Adjustments).Concat(framework.Adjustments);
        foreach (var a in adjustments)
        {
            var kind = a.Kind == AdjustmentKind.Bonus ? "điểm thưởng (bonus)" : "điểm trừ (penalty)";
            columns.Add(new(AdjustmentPrefix + a.Code, a.Name, $"{kind}: số lần, số nguyên (a whole count of occurrences)", ColumnKind.Adjustment, false, Code: a.Code));
        }
        if (framework.Disqualifiers.Count > 0)
            columns.Add(new(DisqualifiersHeader, "Điều kiện hạ loại", "mã, cách nhau bằng ; (codes, separated by ;): " + string.Join(", ", framework.Disqualifiers.Select(d => d.Code)), ColumnKind.Disqualifiers, false));
        return new InputLayout(columns);
    }

    public InputColumn? Find(string header)
    {
        var found = Columns.FirstOrDefault(c => string.Equals(c.Header, header, c.Kind is ColumnKind.Leaf ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
        if (found is not null) return found;
        var h = header.Normalize(System.Text.NormalizationForm.FormC).Trim();
        if (IsNotesHeader(h)) return new InputColumn(NotesHeader, "Ghi chú", NotesHelp, ColumnKind.Note, false);
        var hash = h.LastIndexOf('#');
        if (hash > 0 && IsNotesHeader(h[(hash + 1)..]) || hash > 0 && string.Equals(h[hash..], NoteSuffix, StringComparison.OrdinalIgnoreCase))
        {
            var leaf = Columns.FirstOrDefault(c => c.Kind == ColumnKind.Leaf && c.Header == h[..hash].Trim());
            if (leaf is not null) return new InputColumn(leaf.Header + NoteSuffix, $"Ghi chú {leaf.Header}", NotesHelp, ColumnKind.Note, false, leaf.Leaf, leaf.Code);
        }
        return null;
    }

    /// <summary>What the template's notes column says: how notes are read.</summary>
    public const string NotesHelp = "ghi chú chung, không tính điểm; ghi chú cho một tiêu chí: thêm cột 'ghi chú' ngay sau cột tiêu chí, hoặc cột '<mã>#note' (a general note, not scored; a criterion's note: add a 'ghi chú' column right after the criterion's column, or a '<code>#note' column)";

    /// <summary>"ghi chú", "ghi_chu", "ghi chu", "note", "notes": a notes column as clerks name it.</summary>
    public static bool IsNotesHeader(string header) =>
        header.Normalize(System.Text.NormalizationForm.FormC).Trim().ToLowerInvariant().Replace('_', ' ') is "ghi chú" or "ghi chu" or "ghichú" or "ghichu" or "note" or "notes";

    /// <summary>This layout with a '&lt;code&gt;#note' column after each of <paramref name="codes"/>' columns (a leaf, its evidence and references).</summary>
    public InputLayout WithNotes(IReadOnlyCollection<string> codes)
    {
        if (codes.Count == 0) return this;
        var columns = new List<InputColumn>();
        for (var i = 0; i < Columns.Count; i++)
        {
            var c = Columns[i];
            columns.Add(c);
            var next = i + 1 < Columns.Count ? Columns[i + 1] : null;
            if (c.Leaf is { } leaf && c.Kind != ColumnKind.Note && codes.Contains(leaf.Code) && next?.Leaf != leaf)
                columns.Add(new InputColumn(leaf.Code + NoteSuffix, $"Ghi chú {leaf.Code}", "ghi chú của tiêu chí (the criterion's note)", ColumnKind.Note, false, leaf, leaf.Code));
        }
        return new InputLayout(columns);
    }

    /// <summary>The three header rows of a template: codes, names, how to fill.</summary>
    public IReadOnlyList<IReadOnlyList<string>> HeaderRows() =>
    [
        [.. Columns.Select(c => c.Header)],
        [NamesRowMarker, .. Columns.Skip(1).Select(c => c.Name)],
        [HelpRowMarker, .. Columns.Skip(1).Select(c => c.Help)],
    ];

    /// <summary>Parses a stage cell; <see langword="null"/> when the text is no stage.</summary>
    public static Stage? ParseStage(string text) => text.Trim().ToLowerInvariant() switch
    {
        "self" or "selfassessment" or "tự chấm" or "tu cham" or "tự đánh giá" => Stage.SelfAssessment,
        "appraisal1" or "thẩm định 1" or "thẩm định lần 1" or "td1" => Stage.Appraisal1,
        "appraisal2" or "thẩm định 2" or "thẩm định lần 2" or "td2" => Stage.Appraisal2,
        _ => null,
    };
}
