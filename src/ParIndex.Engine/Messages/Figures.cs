using System.Globalization;

namespace ParIndex.Engine.Messages;

/// <summary>
/// How a figure is written in each language: invariant for English ("86.83"), decimal comma and no thousands separator
/// for Vietnamese ("86,83"), as the province's decisions print it. The rules' explanations (Rules.Text) and the
/// problem texts both use these.
/// </summary>
internal static class Figures
{
    /// <summary>A value as entered, every decimal kept, invariant.</summary>
    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A value as entered, every decimal kept, in the style of the language.</summary>
    public static string Exact(decimal value, bool vietnamese) => Style(Exact(value), vietnamese);

    /// <summary>An invariant figure in the style of the language: decimal comma for Vietnamese.</summary>
    public static string Style(string invariant, bool vietnamese) => vietnamese ? invariant.Replace('.', ',') : invariant;
}
