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

    public InputColumn? Find(string header) =>
        Columns.FirstOrDefault(c => string.Equals(c.Header, header, c.Kind is ColumnKind.Leaf ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));

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
