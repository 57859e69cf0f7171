using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Results;

/// <summary>Why a node gave the points it gave: a stable code, the rule, the input and the threshold, in words.</summary>
/// <param name="Code">The stable reason code.</param>
/// <param name="RuleKind">The rule kind that decided ("steps"); <see langword="null"/> for evidence, adjustments and parents.</param>
/// <param name="Input">The input as read ("6/7 = 85.71 %"); <see langword="null"/> where none.</param>
/// <param name="Threshold">The threshold or option matched ("≥ 80 %"); <see langword="null"/> where none.</param>
/// <param name="Vietnamese">The explanation in Vietnamese.</param>
/// <param name="English">The explanation in English.</param>
public sealed record Reason(ReasonCode Code, string? RuleKind, string? Input, string? Threshold, string Vietnamese, string English);
