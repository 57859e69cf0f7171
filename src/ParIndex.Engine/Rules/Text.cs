using System.Globalization;

namespace ParIndex.Engine.Rules;

/// <summary>Number formatting shared by explanations: invariant, no trailing zeros, at most 2 decimals.</summary>
internal static class Text
{
    public static string N(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Measured(Measure measure, decimal value) => measure == Measure.Ratio ? N(value) + " %" : N(value);

    public static string Unit(Measure measure) => measure == Measure.Ratio ? " %" : string.Empty;
}
