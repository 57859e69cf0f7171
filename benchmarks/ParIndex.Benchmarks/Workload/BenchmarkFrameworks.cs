using ParIndex.Engine.Model;
using static ParIndex.Benchmarks.Workload.LeafSpec;
using ParIndex.Engine.Serialization;

namespace ParIndex.Benchmarks.Workload;

/// <summary>
/// The benchmark frameworks, built in code through the public model API (Framework, Node, rules). The JSON loader
/// (Serialization/ParIndexJson) was not written yet when these benchmarks were, so nothing here goes through JSON.
/// </summary>
public static class BenchmarkFrameworks
{
    /// <summary>One area of a framework as leaf specs grouped by criterion; a criterion with one unnamed leaf is itself the leaf.</summary>
    public sealed record AreaSpec(string Name, (string Name, LeafSpec[] Leaves)[] Criteria);

    private const NotApplicablePolicy Full = NotApplicablePolicy.FullPoints, Zero = NotApplicablePolicy.Zero;
    private const EvidenceLevel Ev = EvidenceLevel.Required, Refs = EvidenceLevel.WithReferences;

    /// <summary>
    /// A commune-level PAR framework at criterion level, 8 areas and 80 leaves: appraisal areas 1 to 7 (part "TD",
    /// 62 points) and the citizens' survey, area 8 (part "DT", 38 points). Mostly steps on ratios, all-or-nothing and
    /// deductions, plus choice, proportional, per-item, manual and survey leaves. The hand-written baseline
    /// (<see cref="Baseline.HandWrittenScorer"/>) repeats these constants leaf by leaf: change both together.
    /// </summary>
    public static AreaSpec[] Commune80 { get; } =
    [
        new("Công tác chỉ đạo, điều hành CCHC",
        [
            ("Kế hoạch CCHC năm", [AllOrNothing(0.5m, Refs), StepsRatio(1m, [100m, 80m], [1m, 0.5m], Ev), Choice(0.5m, [0.5m, 0.25m, 0m])]),
            ("Báo cáo CCHC", [StepsCountAtMost(0.5m, [0m, 1m], [0.5m, 0.25m]), AllOrNothing(0.5m, Ev)]),
            ("Kiểm tra CCHC", [StepsRatio(1m, [100m, 70m], [1m, 0.5m]), StepsRatio(1m, [100m, 80m], [1m, 0.5m])]),
            ("Tuyên truyền CCHC", [AllOrNothing(0.5m), PerItem(1m, 0.25m)]),
            ("Sáng kiến CCHC", [Manual(1m)]),
        ]),
        new("Xây dựng và tổ chức thực hiện văn bản QPPL",
        [
            ("Xây dựng VBQPPL", [StepsRatio(1m, [100m, 80m], [1m, 0.5m], Ev), AllOrNothing(0.5m)]),
            ("Rà soát VBQPPL", [AllOrNothing(0.5m, Refs), StepsRatio(1m, [100m, 80m], [1m, 0.5m]), Deduction(1m, 0.25m)]),
            ("Kiểm tra, xử lý VBQPPL", [StepsRatio(1m, [100m, 90m, 70m], [1m, 0.75m, 0.5m], na: Full), AllOrNothing(0.5m, na: Full)]),
            ("Theo dõi thi hành pháp luật", [StepsRatio(0.5m, [100m, 80m], [0.5m, 0.25m]), Choice(0.5m, [0.5m, 0.25m, 0m])]),
        ]),
        new("Cải cách thủ tục hành chính",
        [
            ("Công khai TTHC", [StepsRatio(1m, [100m, 90m], [1m, 0.5m], Ev), AllOrNothing(0.5m)]),
            ("Tiếp nhận, giải quyết TTHC",
            [
                StepsRatio(3m, [100m, 95m, 90m, 80m], [3m, 2m, 1.5m, 1m]), StepsRatio(1m, [100m, 90m], [1m, 0.5m]),
                Deduction(1m, 0.25m, wipeOutFrom: 4), StepsCountAtMost(1m, [0m, 2m], [1m, 0.5m]), Proportional(1m),
            ]),
            ("Một cửa, một cửa liên thông", [AllOrNothing(0.5m, Ev), Choice(1m, [1m, 0.5m, 0m]), StepsRatio(1m, [100m, 80m], [1m, 0.5m])]),
            ("Xử lý phản ánh, kiến nghị", [StepsRatio(1m, [100m, 80m], [1m, 0.5m])]),
            ("Rà soát, đơn giản hóa TTHC", [AllOrNothing(0.5m)]),
        ]),
        new("Cải cách tổ chức bộ máy",
        [
            ("Sắp xếp tổ chức", [AllOrNothing(1m, Refs), StepsRatio(1m, [100m, 80m], [1m, 0.5m])]),
            ("Quy chế làm việc", [AllOrNothing(0.5m), Deduction(1m, 0.5m)]),
            ("Phân cấp quản lý", [StepsRatio(1m, [100m, 70m], [1m, 0.5m], na: Zero), AllOrNothing(0.5m), Choice(0.5m, [0.5m, 0.25m, 0m])]),
            ("Kiểm tra phân cấp", [StepsRatio(1m, [100m, 80m], [1m, 0.5m]), AllOrNothing(0.5m, Ev)]),
        ]),
        new("Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức",
        [
            ("Vị trí việc làm", [AllOrNothing(0.5m, Ev), StepsRatio(1m, [100m, 90m], [1m, 0.5m])]),
            ("Tuyển dụng", [AllOrNothing(0.5m), StepsRatio(1m, [100m, 80m], [1m, 0.5m])]),
            ("Đào tạo, bồi dưỡng", [StepsRatio(1m, [100m, 80m, 50m], [1m, 0.5m, 0.25m]), PerItem(0.5m, 0.25m)]),
            ("Kỷ luật, kỷ cương", [Deduction(2m, 0.5m, wipeOutFrom: 3), Deduction(1m, 0.25m)]),
            ("Chuẩn hóa đội ngũ", [StepsRatio(1m, [100m, 90m, 80m], [1m, 0.75m, 0.5m]), AllOrNothing(0.5m)]),
        ]),
        new("Cải cách tài chính công",
        [
            ("Tự chủ tài chính", [AllOrNothing(0.5m, Refs), StepsRatio(1m, [100m, 90m], [1m, 0.5m])]),
            ("Quản lý tài sản công", [AllOrNothing(0.5m), Deduction(1m, 0.5m)]),
            ("Thực hiện kiến nghị kiểm toán", [StepsRatio(1m, [100m, 80m], [1m, 0.5m]), Deduction(1m, 0.25m, wipeOutFrom: 4)]),
            ("Thu, chi ngân sách", [Proportional(1m), StepsRatio(1m, [100m, 95m, 90m], [1m, 0.75m, 0.5m]), Choice(0.5m, [0.5m, 0.25m, 0m])]),
        ]),
        new("Xây dựng chính quyền điện tử, chính quyền số",
        [
            ("Hạ tầng công nghệ", [StepsRatio(1m, [100m, 80m], [1m, 0.5m]), AllOrNothing(0.5m)]),
            ("Quản lý văn bản điện tử", [StepsRatio(1m, [100m, 90m], [1m, 0.5m]), StepsRatio(1m, [100m, 80m], [1m, 0.5m]), AllOrNothing(0.5m, Ev)]),
            ("Dịch vụ công trực tuyến", [StepsRatio(2m, [80m, 50m, 30m, 10m], [2m, 1.5m, 1m, 0.5m]), Proportional(1m), StepsRatio(1m, [100m, 50m], [1m, 0.5m])]),
            ("Thanh toán trực tuyến", [StepsRatio(1m, [50m, 30m], [1m, 0.5m]), PerItem(1m, 0.25m)]),
            ("An toàn thông tin", [AllOrNothing(1m, Refs), Manual(1m)]),
        ]),
        new("Sự hài lòng của người dân, tổ chức",
        [
            ("Tiếp cận dịch vụ", [Survey(5m, [], []), Survey(5m, [90m, 80m, 70m, 50m], [5m, 4m, 3m, 2m])]),
            ("Thủ tục hành chính", [Survey(5m, [], []), Survey(4m, [], [])]),
            ("Công chức giải quyết công việc", [Survey(5m, [90m, 75m, 50m], [5m, 3.5m, 2m]), Proportional(4m)]),
            ("Kết quả giải quyết công việc", [Survey(4m, [], []), StepsRatio(3m, [95m, 85m, 70m], [3m, 2m, 1m])]),
            ("Tiếp nhận, xử lý góp ý", [Manual(3m)]),
        ]),
    ];

    /// <summary>The 80-leaf framework: parts, bands, an area penalty, two total adjustments and a disqualifier.</summary>
    public static Framework BuildCommune80()
    {
        var areas = BuildAreas(Commune80);
        // A penalty at area 5 (officials disciplined), applied after the area's own points are known.
        areas[4] = areas[4] with
        {
            Adjustments = [new Adjustment { Code = "KL", Name = "Cán bộ, công chức bị kỷ luật", Kind = AdjustmentKind.Penalty, PointsPerOccurrence = 0.5m, Cap = 2m }],
        };
        return new Framework(
            Info("commune-80", "Bộ chỉ số CCHC cấp xã (benchmark, 80 tiêu chí)"),
            areas,
            bands: Bands,
            parts:
            [
                new Part { Code = "TD", Name = "Điểm thẩm định", MaxPoints = areas.Take(7).Sum(a => a.MaxPoints), AreaCodes = ["1", "2", "3", "4", "5", "6", "7"] },
                new Part { Code = "DT", Name = "Điểm điều tra xã hội học", MaxPoints = areas[7].MaxPoints, AreaCodes = ["8"] },
            ],
            adjustments:
            [
                new Adjustment { Code = "TH", Name = "Được khen thưởng về CCHC", Kind = AdjustmentKind.Bonus, FixedPoints = 1m, Cap = 1m },
                new Adjustment { Code = "VP", Name = "Vi phạm nghiêm trọng trong CCHC", Kind = AdjustmentKind.Penalty, PointsPerOccurrence = 1m, Cap = 3m },
            ],
            disqualifiers: [new Disqualifier { Code = "KLTT", Name = "Người đứng đầu bị kỷ luật", HighestBand = "Khá" }], hasher: RuleKindRegistry.BuiltInHasher);
    }

    /// <summary>
    /// A framework of <paramref name="leafCount"/> leaves in 8 areas: the 80 leaf specs repeated in order, five leaves
    /// per criterion, one part, the same bands. Used for (f), loading and compiling a large framework, and for
    /// scoring cost against leaf count.
    /// </summary>
    public static AreaSpec[] Generated(int leafCount)
    {
        var all = Commune80.SelectMany(a => a.Criteria).SelectMany(c => c.Leaves).ToArray();
        var areas = new AreaSpec[8];
        var next = 0;
        for (var a = 0; a < areas.Length; a++)
        {
            var count = leafCount * (a + 1) / areas.Length - leafCount * a / areas.Length;
            var leaves = Enumerable.Range(0, count).Select(_ => all[next++ % all.Length]).ToArray();
            var criteria = leaves.Chunk(5).Select((chunk, i) => ($"Tiêu chí {a + 1}.{i + 1}", chunk)).ToArray();
            areas[a] = new AreaSpec(Commune80[a].Name, criteria);
        }
        return areas;
    }

    /// <summary>Builds the framework of <see cref="Generated"/>: the model plus its validation, as a loader would.</summary>
    public static Framework BuildGenerated(AreaSpec[] spec) =>
        new(Info($"generated-{spec.Sum(a => a.Criteria.Sum(c => c.Leaves.Length))}", "Bộ chỉ số CCHC (benchmark, sinh tự động)"), BuildAreas(spec), bands: Bands, hasher: RuleKindRegistry.BuiltInHasher);

    /// <summary>The leaf specs in row order (the order of <c>CompiledFramework.LeafCodes</c>).</summary>
    public static LeafSpec[] LeavesOf(AreaSpec[] spec) => [.. spec.SelectMany(a => a.Criteria).SelectMany(c => c.Leaves)];

    private static Band[] Bands { get; } =
    [
        new() { Label = "Xuất sắc", MinIndex = 90m },
        new() { Label = "Tốt", MinIndex = 80m },
        new() { Label = "Khá", MinIndex = 70m },
        new() { Label = "Trung bình", MinIndex = 50m },
        new() { Label = "Yếu", MinIndex = 0m },
    ];

    private static FrameworkInfo Info(string id, string name) => new()
    {
        Id = id,
        Name = name,
        Issuer = "UBND huyện (benchmark)",
        UnitLevel = UnitLevel.Commune,
        Year = 2024,
        Version = "1.0.0",
    };

    private static Node[] BuildAreas(AreaSpec[] spec)
    {
        var areas = new Node[spec.Length];
        for (var a = 0; a < spec.Length; a++)
        {
            var areaCode = (a + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var criteria = new Node[spec[a].Criteria.Length];
            for (var c = 0; c < criteria.Length; c++)
            {
                var (name, leaves) = spec[a].Criteria[c];
                var code = $"{areaCode}.{c + 1}";
                criteria[c] = leaves.Length == 1
                    ? leaves[0].ToNode(code, name)
                    : new Node
                    {
                        Code = code,
                        Name = name,
                        MaxPoints = leaves.Sum(l => l.Max),
                        Children = [.. leaves.Select((l, i) => l.ToNode($"{code}.{i + 1}", $"{name} ({i + 1})"))],
                    };
            }
            areas[a] = new Node { Code = areaCode, Name = spec[a].Name, MaxPoints = criteria.Sum(c => c.MaxPoints), Children = criteria };
        }
        return areas;
    }
}
