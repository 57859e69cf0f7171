namespace ParIndex.Engine.Reports;

/// <summary>What a report cell holds, which decides how every writer renders it.</summary>
public enum CellKind
{
    /// <summary>Nothing.</summary>
    Empty,

    /// <summary>Words a reader reads (a unit's name, a reason).</summary>
    Text,

    /// <summary>An identifier that must stay text even where it looks like a number ("1.5", "3.4.1", a unit id).</summary>
    Code,

    /// <summary>A decimal number with a display format (decimals, a sign for changes).</summary>
    Number,
}
