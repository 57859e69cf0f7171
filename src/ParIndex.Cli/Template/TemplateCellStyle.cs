namespace ParIndex.Cli.Template;

/// <summary>The few cell styles a template needs (indexes into the workbook's cellXfs, in this order).</summary>
internal enum TemplateCellStyle
{
    /// <summary>General: a number typed is a number (Excel reads it in the clerk's own locale).</summary>
    General = 0,

    /// <summary>The header rows: bold, Text.</summary>
    Header = 1,

    /// <summary>Text (@): what is typed is kept as typed ("80%", "45/50", "1.10" stay text).</summary>
    Text = 2,

    /// <summary>The "how to fill" row: Text, wrapped.</summary>
    Help = 3,
}
