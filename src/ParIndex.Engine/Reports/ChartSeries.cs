namespace ParIndex.Engine.Reports;

/// <summary>A named series of a chart: one value per category (<see langword="null"/> where there is none).</summary>
/// <param name="Name">The series' name, as in the legend ("Bình quân").</param>
/// <param name="Values">One value per category.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);
