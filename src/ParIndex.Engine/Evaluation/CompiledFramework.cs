using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

/// <summary>
/// A framework compiled for scoring: its tree flattened into arrays, every rule bound to its leaf. Immutable and
/// thread-safe: compile once, score any number of units on any number of threads.
/// </summary>
/// <remarks>
/// Two paths share one evaluation: <see cref="Score(UnitAssessment, Stage)"/> builds a full <see cref="ScoreCard"/>
/// with reasons; <see cref="Score(ReadOnlySpan{InputCell}, ScoringWorkspace)"/> scores a row of cells into a
/// reused workspace and allocates nothing. A row has <see cref="SlotCount"/> cells: first one per leaf (in the
/// order of <see cref="LeafCodes"/>), then one per adjustment (occurrences in <see cref="InputCell.First"/>), then
/// one per disqualifier (1 when it applies).
/// <para>
/// This type is the facade: the flattened tree is a <see cref="FrameworkLayout"/>, rows are encoded by a
/// <see cref="RowEncoder"/>, scored by an <see cref="Evaluator"/>, and explained by the <see cref="ScoreCardBuilder"/>.
/// </para>
/// </remarks>
public sealed class CompiledFramework
{
    private readonly FrameworkLayout _layout;
    private readonly Evaluator _evaluator;
    private readonly RowEncoder _encoder;

    // Rows and workspaces for cards, pooled per compiled framework (not per thread in a static): a pooled workspace
    // belongs to the compiled framework that created it, so a copy made by WithCohortReferences gets its own pool.
    private readonly System.Collections.Concurrent.ConcurrentBag<CardScratch> _scratch = [];

    internal CompiledFramework(Framework framework)
        : this(framework, new FrameworkLayout(framework), null)
    {
    }

    private CompiledFramework(Framework framework, FrameworkLayout layout, Evaluator? evaluator)
    {
        Framework = framework;
        Identity = new FrameworkIdentity(framework.Info.Id, framework.Info.Version, framework.ContentHash);
        _layout = layout;
        _evaluator = evaluator ?? new Evaluator(layout, framework.Policy);
        _encoder = new RowEncoder(layout, _evaluator, Identity.Id);
    }

    /// <summary>
    /// Whether some leaf is scored relative to the cohort (<see cref="RelativeToBestRule"/>): such a framework scores a
    /// unit only within its cohort, in two passes (see <see cref="Cohorts.CohortScorer"/>).
    /// </summary>
    public bool NeedsCohort => _layout.NeedsCohort;

    /// <summary>
    /// A copy of this compiled framework whose relative-to-best leaves know their cohort reference: its own evaluator
    /// (contexts and ops) and card scratch, the layout shared. The copy is as immutable and thread-safe as the original.
    /// </summary>
    internal CompiledFramework WithCohortReferences(IReadOnlyDictionary<int, (decimal Value, InputCell? Cell)> references) =>
        new(Framework, _layout, _evaluator.WithCohortReferences(references));

    /// <summary>The framework compiled.</summary>
    public Framework Framework { get; }

    /// <summary>The framework's id, version and content hash, as stamped on every card.</summary>
    public FrameworkIdentity Identity { get; }

    /// <summary>The number of nodes.</summary>
    public int NodeCount => _layout.NodeCount;

    /// <summary>The number of leaves.</summary>
    public int LeafCount => _layout.LeafCount;

    /// <summary>The number of cells in a bulk row: leaves, then adjustments, then disqualifiers.</summary>
    public int SlotCount => _layout.SlotCount;

    /// <summary>The node codes in the order of <see cref="ScoringWorkspace.NodePoints"/> (the decision's order).</summary>
    public IReadOnlyList<string> NodeCodes => _layout.NodeCodes;

    /// <summary>The leaf codes in the order of a row's first cells.</summary>
    public IReadOnlyList<string> LeafCodes => _layout.LeafCodes;

    /// <summary>The parts scored (one, "all", when the framework declares none).</summary>
    public IReadOnlyList<Part> Parts => _layout.Parts;

    internal int PartCount => _layout.PartCount;

    /// <summary>The slot of a leaf, adjustment or disqualifier code in a row; -1 when unknown.</summary>
    public int SlotOf(string code) => _layout.SlotOf(code);

    /// <summary>The index of a node in <see cref="NodeCodes"/>; -1 when unknown.</summary>
    public int NodeIndexOf(string code) => _layout.NodeIndexOf(code);

    /// <summary>The label of a band by its index (see <see cref="UnitScore.BandIndex"/>).</summary>
    public string? BandLabel(int bandIndex) => (uint)bandIndex < (uint)Framework.Bands.Count ? Framework.Bands[bandIndex].Label : null;

    /// <summary>Creates the reusable buffers for one thread of bulk scoring.</summary>
    public ScoringWorkspace CreateWorkspace() => new(this);

    /// <summary>
    /// Scores one row of cells without allocating: node points land in <paramref name="workspace"/>, the total,
    /// index and band are returned. A cell its rule cannot score gives <see cref="UnitScoreStatus.InputError"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The row is shorter than <see cref="SlotCount"/> or the workspace belongs to another framework.</exception>
    public UnitScore Score(ReadOnlySpan<InputCell> row, ScoringWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (row.Length < SlotCount) throw new ArgumentException($"A row needs {SlotCount} cells; got {row.Length}.", nameof(row));
        if (!ReferenceEquals(workspace.Framework, this)) throw new ArgumentException("The workspace was created by another compiled framework.", nameof(workspace));

        return _evaluator.ScoreByOps(row, workspace);
    }

    /// <summary>Scores a unit at a stage into a full score card with reasons.</summary>
    /// <param name="unit">The unit and its inputs.</param>
    /// <param name="stage">The stage; <see cref="Stage.Final"/> (the default) is the latest appraisal present.</param>
    /// <returns>The card; a card with errors when the inputs cannot be scored. Never throws for bad input.</returns>
    public ScoreCard Score(UnitAssessment unit, Stage stage = Stage.Final)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.ReadErrors.Count > 0) return ScoreCardBuilder.ErrorCard(Identity, unit, unit.Resolve(stage) ?? stage, unit.ReadErrors);
        var resolved = unit.Resolve(stage);
        if (resolved is not { } actual)
        {
            var have = unit.Stages.Count == 0 ? "none" : string.Join(", ", unit.Stages.Keys.Order());
            return ScoreCardBuilder.ErrorCard(Identity, unit, stage, [new InputError(unit.UnitId, null, stage == Stage.Final ? ErrorCodes.NoAppraisal.With(have) : ErrorCodes.NoStageInputs.With(stage.ToString(), have))]);
        }
        return Score(unit, actual, unit.Stages[actual]);
    }

    /// <summary>Scores inputs for one stage of a unit into a full score card.</summary>
    public ScoreCard Score(UnitAssessment unit, Stage stage, StageInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(inputs);
        if (unit.ReadErrors.Count > 0) return ScoreCardBuilder.ErrorCard(Identity, unit, stage, unit.ReadErrors);
        // The card copies what it keeps of the pooled row and workspace, so nothing of them outlives this call.
        if (!_scratch.TryTake(out var scratch)) scratch = new CardScratch(new InputCell[SlotCount], CreateWorkspace());
        try
        {
            var row = scratch.Row;
            var errors = new List<InputError>();
            _encoder.Encode(unit.UnitId, inputs, row, errors);
            if (errors.Count > 0) return ScoreCardBuilder.ErrorCard(Identity, unit, stage, errors);
            var workspace = scratch.Workspace;
            var score = _evaluator.ScoreByOps(row, workspace);
            if (!score.IsScored)
                return ScoreCardBuilder.ErrorCard(Identity, unit, stage, [new InputError(unit.UnitId, LeafCodes[score.ErrorSlot], RuleOf(score.ErrorSlot).DescribeError(row[score.ErrorSlot], ContextOf(score.ErrorSlot)))]);
            return ScoreCardBuilder.Build(this, unit, stage, inputs, row, workspace, score);
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }

    /// <summary>
    /// Encodes a stage's inputs into a row of <see cref="SlotCount"/> cells, as the bulk path reads them, adding one
    /// error per input that cannot be scored.
    /// </summary>
    /// <returns>Whether the row is free of errors.</returns>
    public bool Encode(string unitId, StageInputs inputs, Span<InputCell> row, ICollection<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(errors);
        if (row.Length < SlotCount) throw new ArgumentException($"A row needs {SlotCount} cells; got {row.Length}.", nameof(row));
        return _encoder.Encode(unitId, inputs, row, errors);
    }

    private sealed record CardScratch(InputCell[] Row, ScoringWorkspace Workspace);

    // Read by the card builder, which explains what the bulk path computed, by the cohort scorer and by the analyses.
    internal Node NodeAt(int n) => _layout.Nodes[n];
    internal int LevelAt(int n) => _layout.Level[n];
    internal int LeafOf(int n) => _layout.LeafOf[n];
    internal ReadOnlySpan<int> ChildrenOf(int n) => _layout.ChildrenOf(n);
    internal RuleContext ContextOf(int leaf) => _evaluator.ContextOf(leaf);
    internal Rule RuleOf(int leaf) => _layout.Rules[leaf];
    internal int NodeOfLeaf(int leaf) => _layout.NodeOfLeaf[leaf];
    internal ReadOnlySpan<(Adjustment Adjustment, int Slot)> NodeAdjustmentsOf(int n) => _layout.NodeAdjustmentsOf(n);
    internal ReadOnlySpan<(Adjustment Adjustment, int Slot)> TotalAdjustments => _layout.TotalAdjustments;
    internal int FirstDisqualifierSlot => _layout.FirstDisqualifierSlot;
    internal Reason FixedReasonOf(int leaf, ReasonCode code) => _layout.FixedReasonOf(leaf, code);
    internal IEnumerable<(int Leaf, RelativeToBestRule Rule)> RelativeLeaves => _layout.RelativeLeaves;
    internal static int OccurrencesIn(in InputCell cell) => Evaluator.Occurrences(cell);
    internal decimal ConvertPart(decimal partAwarded, decimal partApplicable, decimal partMax) => _evaluator.ConvertPart(partAwarded, partApplicable, partMax);
    internal decimal IndexOf(decimal total, decimal denominator) => _evaluator.IndexOf(total, denominator);
    internal bool IsMeasured(int leaf, in InputCell cell) => _evaluator.IsMeasured(leaf, in cell);
    internal bool TryMeasureLeaf(int leaf, in InputCell cell, out decimal value) => _evaluator.TryMeasureLeaf(leaf, in cell, out value);
    internal UnitScore ScoreByTree(ReadOnlySpan<InputCell> row, ScoringWorkspace workspace) => _evaluator.ScoreByTree(row, workspace);
    internal LeafResult EvaluateLeafByOps(int leaf, in InputCell cell) => _evaluator.EvaluateLeafByOps(leaf, in cell);
    internal LeafResult EvaluateLeafByTree(int leaf, in InputCell cell) => _evaluator.EvaluateLeafByTree(leaf, in cell);
}
