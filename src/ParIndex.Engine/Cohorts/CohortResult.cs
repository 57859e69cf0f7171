using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Cohorts;

/// <summary>A scored cohort: every unit's standing in the input order, with ranks and final bands per block.</summary>
public sealed class CohortResult
{
    private readonly Dictionary<string, UnitStanding> _byId;

    internal CohortResult(Framework framework, FrameworkIdentity identity, Stage stage, IReadOnlyList<UnitStanding> units)
    {
        Framework = framework;
        Identity = identity;
        Stage = stage;
        Units = units;
        _byId = new Dictionary<string, UnitStanding>(StringComparer.Ordinal);
        foreach (var unit in units) _byId.TryAdd(unit.UnitId, unit);
    }

    /// <summary>The framework scored with.</summary>
    public Framework Framework { get; }

    /// <summary>Its id, version and content hash.</summary>
    public FrameworkIdentity Identity { get; }

    /// <summary>The stage asked for.</summary>
    public Stage Stage { get; }

    /// <summary>Every unit, in the input order.</summary>
    public IReadOnlyList<UnitStanding> Units { get; }

    /// <summary>The units that were scored (no input errors).</summary>
    public IEnumerable<UnitStanding> Scored => Units.Where(u => u.Card.IsScored);

    /// <summary>The units whose input could not be scored, with their errors.</summary>
    public IEnumerable<UnitStanding> Failed => Units.Where(u => !u.Card.IsScored);

    /// <summary>The blocks, in order of first appearance (<see langword="null"/> for units without a block).</summary>
    public IReadOnlyList<string?> Blocks => [.. Units.Select(u => u.Block).Distinct()];

    /// <summary>The ranked units of a block (all blocks when <paramref name="block"/> is <see langword="null"/> and there is one block), best first; ties keep the input order.</summary>
    public IReadOnlyList<UnitStanding> Ranking(string? block = null) =>
        [.. Units.Where(u => u.Rank is not null && (block is null || u.Block == block)).OrderBy(u => u.Block is null ? 0 : Blocks.IndexOf(u.Block)).ThenBy(u => u.Rank)];

    /// <summary>Finds a unit by id.</summary>
    public UnitStanding? Find(string unitId) => _byId.GetValueOrDefault(unitId);
}

internal static class ListExtensions
{
    public static int IndexOf<T>(this IReadOnlyList<T> list, T item)
    {
        for (var i = 0; i < list.Count; i++) if (EqualityComparer<T>.Default.Equals(list[i], item)) return i;
        return -1;
    }
}
