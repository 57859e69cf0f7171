using System.Runtime.InteropServices;

namespace ParIndex.Engine.Rules;

/// <summary>
/// The input of one leaf in the compact form the bulk path scores without allocating: two decimals, a choice
/// index and flags. What the numbers mean depends on the leaf's rule (see each rule kind); build cells with the
/// factory methods, or from a <see cref="LeafInput"/> with <see cref="Rule.TryEncode"/>.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct InputCell
{
    /// <summary>Creates a cell from its raw parts.</summary>
    public InputCell(decimal first, decimal second, int choice, InputFlags flags)
    {
        First = first;
        Second = second;
        Choice = choice;
        Flags = flags;
    }

    /// <summary>The first number: the value, count, numerator, points, or 1 / 0 for met / not met.</summary>
    public decimal First { get; }

    /// <summary>The second number: the denominator of a ratio (0 when the first number is already a percentage is not allowed: use 100).</summary>
    public decimal Second { get; }

    /// <summary>The index of the chosen option of a choice rule.</summary>
    public int Choice { get; }

    /// <summary>Presence, not-applicable and evidence flags.</summary>
    public InputFlags Flags { get; }

    /// <summary>Whether an input was given.</summary>
    public bool IsPresent => (Flags & InputFlags.Present) != 0;

    /// <summary>Whether the unit declared the leaf not applicable.</summary>
    public bool IsNotApplicable => (Flags & InputFlags.NotApplicable) != 0;

    /// <summary>An all-or-nothing input.</summary>
    public static InputCell Met(bool met) => new(met ? 1m : 0m, 0m, -1, InputFlags.Present);

    /// <summary>A value or a percentage.</summary>
    public static InputCell Value(decimal value) => new(value, 100m, -1, InputFlags.Present);

    /// <summary>A count (whole, non-negative).</summary>
    public static InputCell Count(int count) => new(count, 0m, -1, InputFlags.Present);

    /// <summary>A ratio as numerator and denominator.</summary>
    public static InputCell Ratio(decimal numerator, decimal denominator) => new(numerator, denominator, -1, InputFlags.Present);

    /// <summary>A choice, by the option's index in the rule.</summary>
    public static InputCell ChoiceOf(int index) => new(0m, 0m, index, InputFlags.Present);

    /// <summary>Points entered by the appraiser.</summary>
    public static InputCell Points(decimal points) => new(points, 0m, -1, InputFlags.Present);

    /// <summary>The leaf is not applicable (không phát sinh).</summary>
    public static InputCell NotApplicableCell { get; } = new(0m, 0m, -1, InputFlags.Present | InputFlags.NotApplicable);

    /// <summary>No input.</summary>
    public static InputCell Missing { get; } = default;

    /// <summary>This cell with its evidence state.</summary>
    public InputCell WithEvidence(EvidenceStatus status, bool hasReferences = false)
    {
        var flags = Flags & ~(InputFlags.EvidenceProvided | InputFlags.EvidenceInsufficient | InputFlags.HasReferences);
        flags |= status switch
        {
            EvidenceStatus.Provided => InputFlags.EvidenceProvided,
            EvidenceStatus.Insufficient => InputFlags.EvidenceInsufficient,
            _ => InputFlags.None,
        };
        if (hasReferences) flags |= InputFlags.HasReferences;
        return new InputCell(First, Second, Choice, flags);
    }
}
