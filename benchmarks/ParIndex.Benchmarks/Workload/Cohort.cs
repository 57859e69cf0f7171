using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Benchmarks.Workload;

/// <summary>
/// A generated cohort: every unit's inputs drawn with a fixed seed, written as an assessment would be
/// (<see cref="LeafInput"/>s), then encoded by the engine into one contiguous array of rows of
/// <see cref="CompiledFramework.SlotCount"/> cells. The engine, the baseline and the peer all read these rows.
/// </summary>
public sealed class Cohort
{
    /// <summary>The seed of every cohort.</summary>
    public const int Seed = 20240901;

    private Cohort(CompiledFramework framework, int count, InputCell[] cells, UnitAssessment[]? units)
    {
        Framework = framework;
        Count = count;
        SlotCount = framework.SlotCount;
        Cells = cells;
        Units = units;
    }

    public CompiledFramework Framework { get; }

    /// <summary>The number of units.</summary>
    public int Count { get; }

    /// <summary>The cells of one row.</summary>
    public int SlotCount { get; }

    /// <summary>Every row, unit after unit.</summary>
    public InputCell[] Cells { get; }

    /// <summary>The units as assessments (for full score cards); null unless asked for.</summary>
    public UnitAssessment[]? Units { get; }

    /// <summary>The row of unit <paramref name="unit"/>.</summary>
    public ReadOnlySpan<InputCell> Row(int unit) => Cells.AsSpan(unit * SlotCount, SlotCount);

    /// <summary>
    /// Draws <paramref name="count"/> units for <paramref name="framework"/>, whose leaves are <paramref name="leaves"/>
    /// in row order. The same seed and count give the same cohort; the first n units of a larger cohort are the
    /// cohort of n.
    /// </summary>
    public static Cohort Generate(CompiledFramework framework, LeafSpec[] leaves, int count, bool keepAssessments = false)
    {
        if (leaves.Length != framework.LeafCount) throw new ArgumentException("The specs do not match the framework's leaves.", nameof(leaves));
        var cells = new InputCell[checked(count * framework.SlotCount)];
        var units = keepAssessments ? new UnitAssessment[count] : null;
        var errors = new List<Engine.Model.InputError>();
        var u = 0;
        foreach (var (id, stage) in Draw(framework, leaves, count))
        {
            if (!framework.Encode(id, stage, cells.AsSpan(u * framework.SlotCount, framework.SlotCount), errors))
                throw new InvalidOperationException($"The generator drew an input the engine rejects: {errors[0].Message} ({errors[0].Code}).");
            if (units is not null)
                units[u] = new UnitAssessment { UnitId = id, UnitName = $"Xã {u}", Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = stage } };
            u++;
        }
        return new Cohort(framework, count, cells, units);
    }

    /// <summary>
    /// The units' inputs one at a time (id "xa-000000" on), the same draws as <see cref="Generate"/>: a cohort of any
    /// size can be written out (<see cref="SheetWriter"/>) without being held in memory.
    /// </summary>
    public static IEnumerable<(string Id, StageInputs Inputs)> Draw(CompiledFramework framework, LeafSpec[] leaves, int count)
    {
        if (leaves.Length != framework.LeafCount) throw new ArgumentException("The specs do not match the framework's leaves.", nameof(leaves));
        var random = new Random(Seed);
        var adjustmentCodes = framework.Framework.AllNodes.SelectMany(n => n.Adjustments).Concat(framework.Framework.Adjustments).Select(a => a.Code).ToArray();
        var disqualifierCodes = framework.Framework.Disqualifiers.Select(d => d.Code).ToArray();
        for (var u = 0; u < count; u++)
        {
            var inputs = new Dictionary<string, LeafInput>(leaves.Length, StringComparer.Ordinal);
            // How well the commune does overall (0.3 to 1): spreads the cohort over every band.
            var quality = 0.3 + 0.7 * Math.Sqrt(random.NextDouble());
            for (var l = 0; l < leaves.Length; l++)
            {
                if (Draw(random, leaves[l], quality) is { } input) inputs[framework.LeafCodes[l]] = input;
            }
            var adjustments = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var code in adjustmentCodes)
            {
                var p = random.NextDouble();
                if (p < 0.15) adjustments[code] = p < 0.03 ? random.Next(2, 6) : 1;
            }
            var disqualifiers = disqualifierCodes.Where(_ => random.NextDouble() < 0.03).ToArray();
            yield return ($"xa-{u:D6}", new StageInputs { Inputs = inputs, Adjustments = adjustments, Disqualifiers = disqualifiers });
        }
    }

    /// <summary>One leaf's input as a commune would enter it; null for the rare leaf left empty.</summary>
    private static LeafInput? Draw(Random random, LeafSpec leaf, double q)
    {
        var p = random.NextDouble();
        if (p < 0.01) return null;                                    // no input: 0 points
        if (p < 0.04) return new LeafInput { NotApplicable = true };  // không phát sinh
        var input = leaf.Kind switch
        {
            LeafKind.StepsRatio or LeafKind.Proportional => Ratio(random, q),
            LeafKind.StepsCountAtMost => new LeafInput { Count = Occurrences(random, q) },
            LeafKind.AllOrNothing => new LeafInput { Met = random.NextDouble() < 0.5 + 0.5 * q },
            LeafKind.Deduction => new LeafInput { Count = Occurrences(random, q) },
            LeafKind.Choice => new LeafInput { Choice = "Mức " + ((random.NextDouble() * q) switch { > 0.35 => 1, > 0.15 => 2, _ => Math.Min(3, leaf.Points.Length) }) },
            LeafKind.PerItem => new LeafInput { Count = random.Next(0, 2 + (int)(5 * q)) },
            LeafKind.Manual => new LeafInput { Points = Math.Min(leaf.Max, 0.25m * (int)(4 * (double)leaf.Max * (q + 0.3 * random.NextDouble()))) },
            LeafKind.Survey => Survey(random, q),
            _ => throw new InvalidOperationException(leaf.Kind.ToString()),
        };
        if (leaf.Evidence == EvidenceLevel.None) return input;
        var e = random.NextDouble();
        var status = e < 0.55 + 0.45 * q ? EvidenceStatus.Provided : e < 0.97 ? EvidenceStatus.Missing : EvidenceStatus.Insufficient;
        // A leaf that requires references rejects "provided" without one at encoding; such units always cite one.
        var cites = status == EvidenceStatus.Provided && (leaf.Evidence == EvidenceLevel.WithReferences || random.NextDouble() < 0.5);
        return input with { Evidence = status, References = cites ? ["123/QĐ-UBND"] : [] };
    }

    private static LeafInput Ratio(Random random, double q)
    {
        // A fifth of ratios are entered as a percentage; the rest as counts, mostly near 100 %, sometimes with nothing
        // to count (denominator 0: not applicable under the default policy).
        if (random.NextDouble() < 0.2) return new LeafInput { Value = Math.Round((decimal)(100 - 100 * (1 - q) * random.NextDouble()), 1) };
        var denominator = random.NextDouble() < 0.04 ? 0 : random.Next(1, 400);
        var shortfall = (int)(denominator * (1 - q) * random.NextDouble());
        return new LeafInput { Numerator = denominator - shortfall, Denominator = denominator };
    }

    private static int Occurrences(Random random, double q) => (random.NextDouble() * (1.3 - q)) switch
    {
        < 0.3 => 0,
        < 0.5 => 1,
        < 0.6 => 2,
        _ => random.Next(3, 7),
    };

    private static LeafInput Survey(Random random, double q)
    {
        if (random.NextDouble() < 0.01) return new LeafInput { SurveyCounts = new Dictionary<string, int> { ["A"] = 0, ["B"] = 0, ["C"] = 0, ["D"] = 0 } };
        var respondents = random.Next(20, 200);
        var a = (int)(respondents * q * (0.6 + 0.4 * random.NextDouble()));
        var b = (int)((respondents - a) * random.NextDouble());
        var c = (int)((respondents - a - b) * random.NextDouble());
        return new LeafInput { SurveyCounts = new Dictionary<string, int> { ["A"] = a, ["B"] = b, ["C"] = c, ["D"] = respondents - a - b - c } };
    }
}
