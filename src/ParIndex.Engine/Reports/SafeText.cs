using System.Text;

namespace ParIndex.Engine.Reports;

/// <summary>
/// Text from inputs made safe to show: control characters (C0, DEL, C1) and the bidirectional overrides that can hide or
/// reorder what a terminal shows become U+FFFD; line breaks and tabs become spaces where a cell must stay on one line.
/// </summary>
public static class SafeText
{
    /// <summary>The character shown in place of a control character.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Whether <paramref name="c"/> is never shown raw: a control character or a bidirectional override.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F';

    /// <summary>One line: line breaks and tabs as spaces, other unsafe characters as U+FFFD.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(UnsafeSearch) && !HasUnsafe(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            sb.Append(c is '\r' or '\n' or '\t' or '\u2028' or '\u2029' ? ' ' : IsUnsafe(c) ? Replacement : c);
        }
        return sb.ToString();
    }

    /// <summary>Keeps line breaks ("\n") and tabs; every other unsafe character becomes U+FFFD.</summary>
    public static string MultiLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasUnsafe(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings("\n")) sb.Append(c is '\n' or '\t' || !IsUnsafe(c) ? c : Replacement);
        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> UnsafeSearch = System.Buffers.SearchValues.Create("\r\n\t\u2028\u2029");

    private static bool HasUnsafe(string text)
    {
        foreach (var c in text) if (IsUnsafe(c)) return true;
        return false;
    }
}
