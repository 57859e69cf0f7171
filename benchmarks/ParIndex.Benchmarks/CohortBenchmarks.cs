using BenchmarkDotNet.Attributes;
using ParIndex.Benchmarks.Workload;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;

namespace ParIndex.Benchmarks;

/// <summary>
/// Every cohort step at whole-country sizes (issue 14), 10³ to 10⁶ units of the 80-leaf framework scored once in the
/// setup through the bulk path, one unit at a time (the cohort is drawn, not held), in 3 blocks: ranks and final
/// bands under the framework's policy (competition ranking, bands by index, disqualifier caps), with a top-band
/// quota, and with bands by rank; the published statistics (mean, highest, lowest, above the mean, per-area means and
/// attainment, band shares); and year over year (matching last year's cohort by id, the movements and their counts).
/// Every method works through 10⁶ units per invocation (the cohort over and over) and declares them as
/// <c>OperationsPerInvoke</c>, so "Mean" is the time per unit and compares across sizes: it should stay flat from 10⁴
/// to 10⁶ (issue 14: within 20 %).
/// </summary>
[MemoryDiagnoser]
public class CohortBenchmarks
{
    /// <summary>Every invocation goes through 10⁶ units in all, so the time per unit compares across sizes.</summary>
    private const int Work = 1_000_000;

    private RankEntry[] _entries = null!;
    private int[] _ranks = null!;
    private int[] _bands = null!;
    private Framework _framework = null!;
    private Framework _quota = null!;
    private Framework _byRank = null!;
    private CohortResult _current = null!;
    private CohortResult _previous = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var compiled = FrameworkCompiler.Compile(BenchmarkFrameworks.BuildCommune80());
        _framework = compiled.Framework;
        _quota = WithPolicy(_framework, ScoringPolicy.Default with { TopBandQuotaPercent = 10 });
        _byRank = WithPolicy(_framework, ScoringPolicy.Default with { BandsByRank = true });
        var areas = new decimal[Units][];
        _entries = Entries(compiled, Units, areas);
        _ranks = new int[Units];
        _bands = new int[Units];
        CohortScorer.Rank(_framework, _entries, _ranks, _bands);
        (_current, _previous) = Cohorts(compiled, _entries, _ranks, _bands, areas);
    }

    /// <summary>Ranks per block and final bands: the framework's policy (competition ranks, bands by index, caps).</summary>
    [Benchmark(OperationsPerInvoke = Work, Description = "ranks and bands")]
    public int RanksAndBands() => Rank(_framework);

    /// <summary>The same with a top-band quota of 10 % (ties at the cut all fall).</summary>
    [Benchmark(OperationsPerInvoke = Work, Description = "ranks and bands, top-band quota")]
    public int RanksAndQuota() => Rank(_quota);

    /// <summary>The same with bands by rank (equal shares of the ranked units).</summary>
    [Benchmark(OperationsPerInvoke = Work, Description = "ranks and bands by rank")]
    public int RanksAndBandsByRank() => Rank(_byRank);

    /// <summary>The statistics of the whole cohort.</summary>
    [Benchmark(OperationsPerInvoke = Work, Description = "statistics")]
    public decimal Statistics()
    {
        var sum = 0m;
        for (var done = 0; done < Work; done += Units)
            sum += CohortStatistics.Compute(_current).Mean;
        return sum;
    }

    /// <summary>Year over year against last year's cohort (matched by id, 2 % of units new or gone), with its counts.</summary>
    [Benchmark(OperationsPerInvoke = Work, Description = "year over year")]
    public int YearOverYearCounts()
    {
        var sum = 0;
        for (var done = 0; done < Work; done += Units)
        {
            var change = YearOverYear.Between(_previous, _current);
            sum += change.Gained + change.Lost + change.MovedUp + change.MovedDown + change.BandUp + change.BandDown + change.NewUnits.Count + change.GoneUnits.Count;
        }
        return sum;
    }

    /// <summary>For the Stopwatch run only: the columns <see cref="CohortResult"/> copies from this year's cards when built.</summary>
    internal int BuildColumns()
    {
        var sum = 0;
        for (var done = 0; done < Work; done += Units)
            sum += new CohortColumns(_current.Framework, _current.Units, _current.BlockOrder, _current.Blocks.Count).AreaCount;
        return sum;
    }

    private int Rank(Framework framework)
    {
        var sum = 0;
        for (var done = 0; done < Work; done += Units)
        {
            CohortScorer.Rank(framework, _entries, _ranks, _bands);
            sum += _ranks[0];
        }
        return sum;
    }

    private static Framework WithPolicy(Framework f, ScoringPolicy policy) =>
        new(f.Info, f.Areas, policy, f.Bands, f.Parts, f.Adjustments, f.Disqualifiers, RuleKindRegistry.BuiltInHasher);

    /// <summary>The cohort drawn and scored one unit at a time, kept as rank entries (and, when asked, the points of each area).</summary>
    public static RankEntry[] Entries(CompiledFramework framework, int units, decimal[][]? areas = null)
    {
        var entries = new RankEntry[units];
        var row = new InputCell[framework.SlotCount];
        var workspace = framework.CreateWorkspace();
        var errors = new List<InputError>();
        var areaNodes = framework.Framework.Areas.Select(a => framework.NodeIndexOf(a.Code)).ToArray();
        var u = 0;
        foreach (var (_, inputs) in Cohort.Draw(framework, BenchmarkFrameworks.LeavesOf(BenchmarkFrameworks.Commune80), units))
        {
            framework.Encode("x", inputs, row, errors);
            var score = framework.Score(row, workspace);
            entries[u] = new RankEntry(u % 3, score.IsScored, true, score.Index, score.BandIndex, CohortScorer.BandCapOf(framework.Framework, inputs.Disqualifiers));
            if (areas is not null) areas[u] = [.. areaNodes.Select(n => workspace.NodePoints[n])];
            u++;
        }
        return entries;
    }

    /// <summary>
    /// This year's cohort as cards with their area nodes (what the statistics read), and last year's: the same ids but
    /// the first 2 % gone and as many new, indexes shifted, ranked again.
    /// </summary>
    private static (CohortResult Current, CohortResult Previous) Cohorts(CompiledFramework compiled, RankEntry[] entries, int[] ranks, int[] bands, decimal[][] areas)
    {
        var framework = compiled.Framework;
        string[] blocks = ["xã", "phường", "thị trấn"];
        var standings = new UnitStanding[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var nodes = new NodeScore[framework.Areas.Count];
            for (var a = 0; a < nodes.Length; a++)
            {
                var area = framework.Areas[a];
                nodes[a] = new NodeScore
                {
                    Code = area.Code, Name = area.Name, Level = 0, IsLeaf = false, MaxPoints = area.MaxPoints, ApplicableMaxPoints = area.MaxPoints,
                    Awarded = areas[i][a], Status = areas[i][a] == area.MaxPoints ? NodeStatus.Full : NodeStatus.Partial, Reasons = [],
                };
            }
            var card = new ScoreCard
            {
                Framework = compiled.Identity, UnitId = "xa-" + i, UnitName = "Xã " + i, Block = blocks[entries[i].Block], Stage = Stage.Final,
                Nodes = nodes, Index = entries[i].Index, Total = entries[i].Index, Band = compiled.BandLabel(entries[i].BandIndex),
            };
            standings[i] = new UnitStanding { Card = card, Rank = ranks[i] > 0 ? ranks[i] : null, Band = compiled.BandLabel(bands[i]) };
        }
        var current = new CohortResult(framework, compiled.Identity, Stage.Final, standings);

        var gone = entries.Length / 50;
        var before = new RankEntry[entries.Length];
        for (var i = 0; i < entries.Length; i++) before[i] = entries[i] with { Index = Math.Max(0m, entries[i].Index - (i % 7) + 2) };
        var previousRanks = new int[entries.Length];
        var previousBands = new int[entries.Length];
        CohortScorer.Rank(framework, before, previousRanks, previousBands);
        var previous = new UnitStanding[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var card = new ScoreCard
            {
                Framework = compiled.Identity, UnitId = i < gone ? "cu-" + i : "xa-" + i, UnitName = "Xã " + i, Block = blocks[entries[i].Block],
                Stage = Stage.Final, Index = before[i].Index, Total = before[i].Index, Band = compiled.BandLabel(before[i].BandIndex),
            };
            previous[i] = new UnitStanding { Card = card, Rank = previousRanks[i] > 0 ? previousRanks[i] : null, Band = compiled.BandLabel(previousBands[i]) };
        }
        return (current, new CohortResult(framework, compiled.Identity, Stage.Final, previous));
    }
}
