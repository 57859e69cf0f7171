namespace ParIndex.Engine.Serialization.Internal;

/// <summary>One load: the bytes, the position map and the problems found so far.</summary>
internal sealed class LoadContext(string file, byte[] bytes)
{
    public string File { get; } = file;

    public byte[] Bytes { get; } = bytes;

    public SourceMap Map { get; } = new(bytes);

    public List<JsonProblem> Problems { get; } = [];

    public void Report(string path, int offset, string message)
    {
        var (line, column) = Map.Locate(offset);
        Problems.Add(new JsonProblem(File, path, line, column, message));
    }

    public void Report(string path, JNode node, string message) => Report(path, node.Offset, message);

    public IReadOnlyList<JsonProblem> Sorted() =>
        [.. Problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Line).ThenBy(x => x.p.Column).ThenBy(x => x.i).Select(x => x.p)];
}
