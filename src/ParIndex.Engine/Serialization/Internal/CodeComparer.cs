namespace ParIndex.Engine.Serialization.Internal;

/// <summary>Orders dotted codes numerically ("3.2" before "3.10"), falling back to ordinal order for anything else.</summary>
internal sealed class CodeComparer : IComparer<string>
{
    public static CodeComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return string.CompareOrdinal(x, y);
        var a = x.Split('.');
        var b = y.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (long.TryParse(a[i], out var na) && long.TryParse(b[i], out var nb) && na != nb) return na.CompareTo(nb);
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0 && !(long.TryParse(a[i], out var ma) && long.TryParse(b[i], out var mb) && ma == mb)) return c;
        }
        var len = a.Length.CompareTo(b.Length);
        return len != 0 ? len : string.CompareOrdinal(x, y);
    }
}
