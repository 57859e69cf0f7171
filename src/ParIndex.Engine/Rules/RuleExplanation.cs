namespace ParIndex.Engine.Rules;

/// <summary>Why a rule gave its points, in words a clerk understands.</summary>
/// <param name="Input">The input as the rule read it ("6/7 = 85.71 %").</param>
/// <param name="Threshold">The threshold or option matched ("≥ 80 %"); <see langword="null"/> where none.</param>
/// <param name="Vietnamese">The explanation in Vietnamese.</param>
/// <param name="English">The explanation in English.</param>
public sealed record RuleExplanation(string Input, string? Threshold, string Vietnamese, string English);
