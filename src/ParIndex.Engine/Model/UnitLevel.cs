namespace ParIndex.Engine.Model;

/// <summary>The level of the units a framework assesses (cấp đơn vị được đánh giá).</summary>
public enum UnitLevel
{
    /// <summary>Communes and towns (UBND xã, thị trấn).</summary>
    Commune,

    /// <summary>Districts (UBND huyện).</summary>
    District,

    /// <summary>Provincial departments and agencies (sở, ban, ngành).</summary>
    Department,

    /// <summary>Provinces (UBND tỉnh).</summary>
    Province,
}
