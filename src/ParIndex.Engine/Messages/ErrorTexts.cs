using System.Globalization;
using System.Text;

namespace ParIndex.Engine.Messages;

/// <summary>
/// The texts of the codes, in Vietnamese and English: the language is chosen by culture (Vietnamese for a "vi"
/// culture, English for any other), and the arguments are written in its style (decimal comma in Vietnamese).
/// </summary>
public static class ErrorTexts
{
    /// <summary>Whether texts for this culture are Vietnamese ("vi", "vi-VN").</summary>
    public static bool IsVietnamese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "vi";
    }

    /// <summary>The text of a code with its placeholders ("{max}"), in the language of <paramref name="culture"/>.</summary>
    public static string Template(ErrorCode code, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(code);
        var texts = IsVietnamese(culture) ? VietnameseTexts.Texts : EnglishTexts.Texts;
        return texts.TryGetValue(code, out var text) ? text : code.Name;
    }

    /// <summary>
    /// The text of a code with its arguments in the language of <paramref name="culture"/> (the current UI culture when
    /// <see langword="null"/>).
    /// </summary>
    public static string Format(ErrorCode code, IReadOnlyList<MessageArgument> arguments, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        culture ??= CultureInfo.CurrentUICulture;
        var template = Template(code, culture);
        var vietnamese = IsVietnamese(culture);
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }
            text.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            if (IsName(name) && Find(arguments, name) is { } argument)
            {
                text.Append(Write(argument.Value, culture, vietnamese));
                i = close + 1;
            }
            else
            {
                text.Append('{');
                i = open + 1;
            }
        }
        return text.ToString();
    }

    /// <summary>The placeholders of a text ("max", "value"), in order of appearance, each once.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var names = new List<string>();
        var i = 0;
        while (template.IndexOf('{', i) is var open and >= 0 && template.IndexOf('}', open + 1) is var close and >= 0)
        {
            var name = template[(open + 1)..close];
            if (IsName(name) && !names.Contains(name)) names.Add(name);
            i = IsName(name) ? close + 1 : open + 1;
        }
        return names;
    }

    private static MessageArgument? Find(IReadOnlyList<MessageArgument> arguments, ReadOnlySpan<char> name)
    {
        foreach (var argument in arguments)
            if (name.SequenceEqual(argument.Name)) return argument;
        return null;
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !char.IsAsciiLetter(name[0])) return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }

    private static string Write(object? value, CultureInfo culture, bool vietnamese) => value switch
    {
        null => string.Empty,
        string s => s,
        decimal d => Figures.Exact(d, vietnamese),
        double or float => Figures.Style(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture), vietnamese),
        ErrorMessage inner => inner.ToString(culture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
