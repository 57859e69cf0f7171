using System.Text.RegularExpressions;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>JSON paths in the "$.areas[2].rule" notation; names that are not identifiers take brackets ("$.inputs['3.4.1']").</summary>
internal static partial class Paths
{
    public static string Child(string parent, string name) =>
        Identifier().IsMatch(name) ? parent + "." + name : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>Finds the node at a model path ("areas[2].children[0].rule"), or the nearest ancestor that exists.</summary>
    public static JNode Resolve(JNode root, string modelPath)
    {
        var node = root;
        foreach (Match m in Segment().Matches(modelPath))
        {
            JNode? next = null;
            if (m.Groups[1].Success && node.Kind == JKind.Object) next = node[m.Groups[1].Value];
            else if (m.Groups[2].Success && node.Kind == JKind.Array && int.TryParse(m.Groups[2].ValueSpan, out var i) && i < node.Items!.Count) next = node.Items[i];
            if (next is null) return node;
            node = next;
        }
        return node;
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("([A-Za-z_$][A-Za-z0-9_$]*)|\\[([0-9]+)\\]")]
    private static partial Regex Segment();
}
