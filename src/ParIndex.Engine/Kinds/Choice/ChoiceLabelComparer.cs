using System.Globalization;
using System.Text;

namespace ParIndex.Engine.Rules;

/// <summary>
/// The one rule by which a choice label typed by a clerk matches an option, in JSON, CSV and xlsx alike: both are
/// put in Unicode NFC, surrounding white space is ignored, letter case is ignored, and everything else counts, the
/// Vietnamese diacritics first of all ("Kịp thời" = " kịp THỜI " but "không" ≠ "khong").
/// </summary>
public sealed class ChoiceLabelComparer : IEqualityComparer<string>
{
    private ChoiceLabelComparer()
    {
    }

    /// <summary>The comparer (stateless, thread-safe).</summary>
    public static ChoiceLabelComparer Instance { get; } = new();

    /// <summary>The form two labels are compared in: NFC, trimmed, lower case (invariant culture, so "I" is "i" everywhere).</summary>
    /// <param name="label">A label.</param>
    /// <returns>The label's key.</returns>
    public static string Key(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Normalize(NormalizationForm.FormC).Trim().ToLower(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool Equals(string? x, string? y) =>
        x is null || y is null ? x is null && y is null : string.Equals(Key(x), Key(y), StringComparison.Ordinal);

    /// <inheritdoc />
    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Key(obj));
}
