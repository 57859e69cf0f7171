namespace ParIndex.Cli.Inputs;

/// <summary>What a cell of a sheet held, as the workbook stored it (a CSV cell is always text).</summary>
internal enum CellKind
{
    /// <summary>Text: typed in CSV, a shared or inline string, a number stored as text, a formula's text result.</summary>
    Text,

    /// <summary>A number stored as a number (its text is the exact value, 15 significant digits as Excel shows).</summary>
    Number,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>A number shown as a date or time: Excel turned what was typed ("45/50", "1.10") into a date.</summary>
    Date,

    /// <summary>An error value (#DIV/0!, #REF!).</summary>
    Error,

    /// <summary>A formula whose result was never saved (written by a tool, not by Excel): the value is unknown.</summary>
    FormulaWithoutValue,
}
