
namespace ParIndex.Engine.Model;

/// <summary>One assessed unit (đơn vị được đánh giá) and its inputs at each stage.</summary>
public sealed record UnitAssessment
{
    private readonly IReadOnlyDictionary<Stage, StageInputs> _stages = new Dictionary<Stage, StageInputs>();
    private readonly IReadOnlyList<InputError> _readErrors = [];

    /// <summary>A stable id for the unit, kept across years ("xa-vinh-thanh").</summary>
    public required string UnitId { get; init; }

    /// <summary>The unit's name ("Xã Vĩnh Thành").</summary>
    public required string UnitName { get; init; }

    /// <summary>The block the unit is ranked in ("xã", "thị trấn"); <see langword="null"/> for the cohort's only block.</summary>
    public string? Block { get; init; }

    /// <summary>Whether the unit takes part in ranks and bands by rank; a unit can be scored and kept out of the ranking.</summary>
    public bool Ranked { get; init; } = true;

    /// <summary>Inputs by stage. <see cref="Stage.Final"/> is not a key: it resolves to the latest appraisal.</summary>
    public IReadOnlyDictionary<Stage, StageInputs> Stages
    {
        get => _stages;
        init => _stages = value is null ? new Dictionary<Stage, StageInputs>() : new Dictionary<Stage, StageInputs>(value);
    }

    /// <summary>
    /// Problems found while reading the unit's inputs (a cell of a spreadsheet that is not a number, a label that is
    /// not an option). A unit with read errors is never scored: its card carries them, and the rest of its cohort is
    /// scored as usual.
    /// </summary>
    public IReadOnlyList<InputError> ReadErrors { get => _readErrors; init => _readErrors = value is null ? [] : [.. value]; }

    /// <summary>The stage <paramref name="stage"/> stands for: <see cref="Stage.Final"/> is the latest appraisal present.</summary>
    /// <returns>The stage, or <see langword="null"/> when the unit has no inputs for it.</returns>
    public Stage? Resolve(Stage stage)
    {
        if (stage != Stage.Final) return _stages.ContainsKey(stage) ? stage : null;
        if (_stages.ContainsKey(Stage.Appraisal2)) return Stage.Appraisal2;
        if (_stages.ContainsKey(Stage.Appraisal1)) return Stage.Appraisal1;
        return null;
    }

    /// <inheritdoc />
    public bool Equals(UnitAssessment? other) =>
        other is not null && UnitId == other.UnitId && UnitName == other.UnitName && Block == other.Block && Ranked == other.Ranked
        && _readErrors.SequenceEqual(other._readErrors)
        && _stages.Count == other._stages.Count && _stages.All(kv => other._stages.TryGetValue(kv.Key, out var v) && Equals(v, kv.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnitId, _stages.Count);
}
