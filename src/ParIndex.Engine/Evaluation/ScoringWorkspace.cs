using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

/// <summary>
/// The buffers one scoring uses: per-node points, applicable max and leaf results. Create one per thread with
/// <see cref="CompiledFramework.CreateWorkspace"/> and reuse it for every unit: the bulk path then allocates nothing.
/// Not thread-safe: never share one workspace between threads.
/// </summary>
public sealed class ScoringWorkspace
{
    internal ScoringWorkspace(CompiledFramework framework)
    {
        Framework = framework;
        Awarded = new decimal[framework.NodeCount];
        Applicable = new decimal[framework.NodeCount];
        Excluded = new bool[framework.NodeCount];
        Leaves = new LeafResult[framework.LeafCount];
        PartAwarded = new decimal[framework.PartCount];
        PartApplicable = new decimal[framework.PartCount];
        PartConverted = new decimal[framework.PartCount];
    }

    internal CompiledFramework Framework { get; }
    internal decimal[] Awarded { get; }
    internal decimal[] Applicable { get; }
    internal bool[] Excluded { get; }
    internal LeafResult[] Leaves { get; }
    internal decimal[] PartAwarded { get; }
    internal decimal[] PartApplicable { get; }
    internal decimal[] PartConverted { get; }

    /// <summary>The points of every node from the last scoring, in the order of <see cref="CompiledFramework.NodeCodes"/>.</summary>
    public ReadOnlySpan<decimal> NodePoints => Awarded;

    /// <summary>The applicable max of every node from the last scoring (0 for excluded nodes).</summary>
    public ReadOnlySpan<decimal> NodeApplicableMax => Applicable;

    /// <summary>The leaf results of the last scoring, in the order of <see cref="CompiledFramework.LeafCodes"/>.</summary>
    public ReadOnlySpan<LeafResult> LeafResults => Leaves;
}
