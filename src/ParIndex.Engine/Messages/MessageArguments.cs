using System.Collections;

namespace ParIndex.Engine.Messages;

/// <summary>
/// The arguments of one problem, compared by value, so that two problems with the same code and arguments are equal
/// (the problem types are records).
/// </summary>
internal sealed class MessageArguments(MessageArgument[] items) : IReadOnlyList<MessageArgument>, IEquatable<MessageArguments>
{
    private readonly MessageArgument[] _items = items;

    public MessageArgument this[int index] => _items[index];

    public int Count => _items.Length;

    public IEnumerator<MessageArgument> GetEnumerator() => ((IEnumerable<MessageArgument>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(MessageArguments? other) => other is not null && _items.AsSpan().SequenceEqual(other._items);

    public override bool Equals(object? obj) => Equals(obj as MessageArguments);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", _items.Select(a => $"{a.Name}={a.Value}"));
}
