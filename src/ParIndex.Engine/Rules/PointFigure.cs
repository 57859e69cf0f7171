namespace ParIndex.Engine.Rules;

/// <summary>
/// A number of points a rule gives as written in the framework (a step's points, an option's, "otherwise", a manual
/// step), for the framework's rounding warnings: a figure off the rounding step cannot be shown exactly.
/// </summary>
/// <param name="Path">Where, relative to the rule ("steps[1].points"); <see langword="null"/> for the framework's manual step, which the rule inherits.</param>
/// <param name="Points">The figure.</param>
/// <param name="What">How a warning names it ("step 2 gives").</param>
internal readonly record struct PointFigure(string? Path, decimal Points, string What);
