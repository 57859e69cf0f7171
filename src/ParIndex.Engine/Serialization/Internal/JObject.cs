namespace ParIndex.Engine.Serialization.Internal;

/// <summary>
/// Reads the properties of one JSON object strictly: unknown properties, missing required ones, wrong types and values
/// outside closed enums are reported with the path and position; readers return <see langword="null"/> for what is bad.
/// </summary>
internal sealed class JObject
{
    private readonly LoadContext _ctx;

    private JObject(LoadContext ctx, JNode node, string path)
    {
        _ctx = ctx;
        Node = node;
        Path = path;
    }

    public JNode Node { get; }

    public string Path { get; }

    public LoadContext Context => _ctx;

    /// <summary>Opens <paramref name="node"/> as an object with the given allowed properties; reports and returns null when it is not an object.</summary>
    public static JObject? Open(LoadContext ctx, JNode node, string path, IReadOnlyList<string> allowed, string what)
    {
        if (node.Kind != JKind.Object)
        {
            ctx.Report(path, node, ErrorCodes.ExpectedObject.With(what, node.Describe()));
            return null;
        }
        foreach (var p in node.Properties!)
        {
            if (allowed.Contains(p.Name)) continue;
            var hint = allowed.FirstOrDefault(a => string.Equals(a, p.Name, StringComparison.OrdinalIgnoreCase))
                ?? allowed.Where(a => Distance(a, p.Name) <= 2).OrderBy(a => Distance(a, p.Name)).FirstOrDefault();
            ctx.Report(Paths.Child(path, p.Name), p.NameOffset,
                hint is null ? ErrorCodes.UnknownProperty.With(p.Name, string.Join(", ", allowed)) : ErrorCodes.UnknownPropertyHint.With(p.Name, hint, string.Join(", ", allowed)));
        }
        return new JObject(ctx, node, path);
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    public string PathOf(string name) => Paths.Child(Path, name);

    public JNode? Get(string name, bool required)
    {
        var value = Node[name];
        if (value is null && required) _ctx.Report(Path, Node, ErrorCodes.MissingProperty.With(name));
        return value;
    }

    public void Report(string name, ErrorMessage message)
    {
        var value = Node[name];
        _ctx.Report(name.Length == 0 ? Path : PathOf(name), value ?? Node, message);
    }

    public string? String(string name, bool required = false)
    {
        var v = Get(name, required);
        if (v is null) return null;
        if (v.Kind == JKind.String) return v.Text;
        _ctx.Report(PathOf(name), v, ErrorCodes.ExpectedString.With(v.Describe()));
        return null;
    }

    public decimal? Decimal(string name, bool required = false) => Get(name, required) is { } v ? AsDecimal(_ctx, v, PathOf(name)) : null;

    public static decimal? AsDecimal(LoadContext ctx, JNode v, string path)
    {
        if (v.Kind != JKind.Number)
        {
            ctx.Report(path, v, (v.Kind == JKind.String ? ErrorCodes.NumberInQuotes : ErrorCodes.ExpectedNumber).With(v.Describe()));
            return null;
        }
        if (v.Decimal is { } d) return d;
        ctx.Report(path, v, ErrorCodes.NumberNotExact.With(v.Text));
        return null;
    }

    public int? Int(string name, bool required = false, int min = int.MinValue)
    {
        var v = Get(name, required);
        return v is null ? null : AsInt(_ctx, v, PathOf(name), min);
    }

    public static int? AsInt(LoadContext ctx, JNode v, string path, int min = int.MinValue)
    {
        var d = AsDecimal(ctx, v, path);
        if (d is null) return null;
        if (decimal.Truncate(d.Value) != d.Value || d.Value < int.MinValue || d.Value > int.MaxValue)
        {
            ctx.Report(path, v, ErrorCodes.ExpectedWholeNumber.With(v.Text));
            return null;
        }
        var i = (int)d.Value;
        if (i < min)
        {
            ctx.Report(path, v, ErrorCodes.WholeNumberTooSmall.With(min, v.Text));
            return null;
        }
        return i;
    }

    public bool? Bool(string name, bool required = false)
    {
        var v = Get(name, required);
        if (v is null) return null;
        if (v.Kind is JKind.True or JKind.False) return v.Kind == JKind.True;
        _ctx.Report(PathOf(name), v, ErrorCodes.ExpectedBoolean.With(v.Describe()));
        return null;
    }

    public T? Enum<T>(string name, IReadOnlyList<(string Name, T Value)> values, string what, bool required = false)
        where T : struct
    {
        var v = Get(name, required);
        if (v is null) return null;
        if (v.Kind == JKind.String)
        {
            foreach (var (n, value) in values)
                if (n == v.Text) return value;
        }
        _ctx.Report(PathOf(name), v, ErrorCodes.NotAValue.With(v.Kind == JKind.String ? $"'{v.Text}'" : v.Describe(), what, string.Join(", ", values.Select(x => x.Name))));
        return null;
    }

    public List<(JNode Node, string Path)>? Array(string name, bool required = false, bool nonEmpty = false)
    {
        var v = Get(name, required);
        if (v is null) return null;
        if (v.Kind != JKind.Array)
        {
            _ctx.Report(PathOf(name), v, ErrorCodes.ExpectedArray.With(v.Describe()));
            return null;
        }
        if (nonEmpty && v.Items!.Count == 0) _ctx.Report(PathOf(name), v, ErrorCodes.EmptyArray.With(name));
        return [.. v.Items!.Select((n, i) => (n, Paths.Index(PathOf(name), i)))];
    }

    public List<string>? Strings(string name, bool required = false)
    {
        var items = Array(name, required);
        if (items is null) return null;
        var list = new List<string>();
        foreach (var (n, p) in items)
        {
            if (n.Kind == JKind.String) list.Add(n.Text!);
            else _ctx.Report(p, n, ErrorCodes.ExpectedString.With(n.Describe()));
        }
        return list;
    }
}
