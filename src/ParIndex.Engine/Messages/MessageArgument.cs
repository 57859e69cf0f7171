namespace ParIndex.Engine.Messages;

/// <summary>One argument of a problem: the placeholder's name and its value.</summary>
/// <param name="Name">The placeholder's name in the texts ("max").</param>
/// <param name="Value">
/// The value: a <see cref="string"/> (inserted as it is), a <see cref="decimal"/> (every decimal kept, decimal comma
/// in Vietnamese), an integer, or <see langword="null"/> (inserted as nothing).
/// </param>
public readonly record struct MessageArgument(string Name, object? Value);
