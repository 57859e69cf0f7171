namespace ParIndex.Engine.Reports;

/// <summary>A marked value on a chart's scale (a band's lower bound).</summary>
/// <param name="Label">The label ("Tốt ≥ 80").</param>
/// <param name="Value">The value.</param>
public sealed record ChartMarker(string Label, decimal Value);
