namespace ParIndex.Engine.Evaluation;

/// <summary>What the allocation-free bulk path returns for one unit: total, index and band; node points stay in the workspace.</summary>
public readonly record struct UnitScore
{
    internal UnitScore(UnitScoreStatus status, decimal total, decimal index, int band, int errorSlot)
    {
        Status = status;
        Total = total;
        Index = index;
        BandIndex = band;
        ErrorSlot = errorSlot;
    }

    /// <summary>Scored, or an input error.</summary>
    public UnitScoreStatus Status { get; }

    /// <summary>The sum of the parts' converted points.</summary>
    public decimal Total { get; }

    /// <summary>The rounded index on the framework's scale.</summary>
    public decimal Index { get; }

    /// <summary>The index of the band in the framework's bands (best first); -1 when there are no bands or no score.</summary>
    public int BandIndex { get; }

    /// <summary>The slot whose cell could not be scored; -1 when scored.</summary>
    public int ErrorSlot { get; }

    /// <summary>Whether the unit was scored.</summary>
    public bool IsScored => Status == UnitScoreStatus.Scored;
}
