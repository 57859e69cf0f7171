using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// An input sheet read against a framework: the assessment of every unit that could be read (a unit with a bad cell
/// carries it as a read error and is not scored), the rows left out (no unit id, a second row for a unit and stage),
/// and warnings (a hidden row read, a note with no value to go with).
/// </summary>
/// <param name="Document">The units read.</param>
/// <param name="LeftOut">The rows left out, each named.</param>
/// <param name="Warnings">What was noticed that is not an error.</param>
/// <param name="GeneralNotes">How many rows have a general note (not scored, not part of the assessment).</param>
internal sealed record SheetReadResult(AssessmentDocument Document, IReadOnlyList<string> LeftOut, IReadOnlyList<string> Warnings, int GeneralNotes = 0);
