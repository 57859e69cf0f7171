namespace ParIndex.Engine.Rules;

/// <summary>A problem with a rule's parameters.</summary>
/// <param name="Path">Where, relative to the rule ("steps[1].threshold"); empty for the rule itself.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public readonly record struct RuleProblem(string Path, string Message);
