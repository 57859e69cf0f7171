namespace ParIndex.Cli.Template;

/// <summary>A cell of a template sheet: text (always written as a string, never guessed into a number) or a number.</summary>
internal readonly record struct TemplateCell(string? Text, decimal? Number = null, TemplateCellStyle Style = TemplateCellStyle.General)
{
    public static TemplateCell Of(string text, TemplateCellStyle style = TemplateCellStyle.Text) => new(text, null, style);

    public static TemplateCell Of(decimal number) => new(null, number);
}
