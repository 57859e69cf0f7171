namespace ParIndex.Engine.Serialization.Internal;

/// <summary>The kinds of JSON value in the position-aware DOM.</summary>
internal enum JKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A property of a JSON object, with the byte offset of its name.</summary>
internal sealed record JProperty(string Name, int NameOffset, JNode Value);

/// <summary>A JSON value with the byte offset where it starts, so problems can name a line and column.</summary>
internal sealed class JNode
{
    public JNode(JKind kind, int offset)
    {
        Kind = kind;
        Offset = offset;
    }

    public JKind Kind { get; }

    public int Offset { get; }

    public string? Text { get; init; }

    public decimal? Decimal { get; init; }

    public List<JProperty>? Properties { get; init; }

    public List<JNode>? Items { get; init; }

    public JNode? this[string name] => Properties?.FirstOrDefault(p => p.Name == name)?.Value;

    public string Describe() => Kind switch
    {
        JKind.Object => "an object",
        JKind.Array => "an array",
        JKind.String => $"the string \"{Shorten(Text ?? string.Empty)}\"",
        JKind.Number => $"the number {Text}",
        JKind.True => "true",
        JKind.False => "false",
        _ => "null",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
