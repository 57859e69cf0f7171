using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Hostile;

/// <summary>
/// Bounded fuzzing of the loaders with mutations of the valid samples: whatever the bytes, the loader answers
/// with a value or with problems, and scoring answers with cards; no exception escapes.
/// </summary>
public class LoaderFuzzTests
{
    private static readonly string SamplesDir = Path.Combine(AppContext.BaseDirectory, "samples");
    private static readonly byte[][] Frameworks = [.. Directory.GetFiles(Path.Combine(SamplesDir, "frameworks"), "*.json").Order().Select(File.ReadAllBytes)];
    private static readonly byte[][] Assessments = [.. Directory.GetFiles(Path.Combine(SamplesDir, "assessments"), "*.json").Order().Select(File.ReadAllBytes)];
    private static readonly Dictionary<string, CompiledFramework> Compiled = Frameworks
        .Select(f => FrameworkCompiler.Compile(ParIndexJson.Default.ParseFramework(f).GetValueOrThrow()))
        .ToDictionary(c => c.Identity.Id);

    private static readonly byte[] Tokens = "{}[],:\"-0.1e9 \\ntrufalsn"u8.ToArray();

    /// <summary>A mutation: where, what, and how many bytes (interpreted modulo the document's length).</summary>
    public sealed record Mutation(int Kind, int Position, int Length, byte Byte);

    private static Arbitrary<Mutation[]> Mutations() =>
        Gen.Choose(0, 5).SelectMany(kind => Gen.Choose(0, int.MaxValue).SelectMany(pos => Gen.Choose(0, 64).SelectMany(len =>
            Gen.Choose(0, 255).Select(b => new Mutation(kind, pos, len, (byte)b)))))
        .ArrayOf().Select(a => a.Take(6).ToArray()).ToArbitrary();

    private static byte[] Mutate(byte[] source, Mutation[] mutations)
    {
        var bytes = source.ToList();
        foreach (var m in mutations)
        {
            if (bytes.Count == 0) break;
            var at = m.Position % bytes.Count;
            var length = Math.Min(m.Length, bytes.Count - at);
            switch (m.Kind)
            {
                case 0: bytes[at] = m.Byte; break;                                           // flip a byte
                case 1: bytes.RemoveRange(at, length); break;                                // delete a run
                case 2: bytes.InsertRange(at, bytes.GetRange(at, length)); break;            // duplicate a run
                case 3: bytes.RemoveRange(at, bytes.Count - at); break;                      // truncate
                case 4: bytes.Insert(at, Tokens[m.Byte % Tokens.Length]); break;              // insert a JSON token byte
                default: bytes[at] = Tokens[m.Byte % Tokens.Length]; break;                  // replace with a token byte
            }
        }
        return [.. bytes];
    }

    [Property(MaxTest = 400)]
    public Property Mutated_frameworks_load_or_answer_with_problems() =>
        Prop.ForAll(Gen.Choose(0, Frameworks.Length - 1).ToArbitrary(), Mutations(), (which, mutations) =>
        {
            var bytes = Mutate(Frameworks[which], mutations);
            var result = ParIndexJson.Default.ParseFramework(bytes, "fuzz.json");
            (result.Succeeded ^ (result.Problems.Count > 0)).Should().BeTrue();
            result.Problems.All(p => p.Message.Length > 0 && p.Path.StartsWith('$')).Should().BeTrue();
            if (result.Succeeded) FrameworkCompiler.Compile(result.Value!);
        });

    [Property(MaxTest = 400)]
    public Property Mutated_assessments_load_or_answer_with_problems_and_score_without_throwing() =>
        Prop.ForAll(Gen.Choose(0, Assessments.Length - 1).ToArbitrary(), Mutations(), (which, mutations) =>
        {
            var original = ParIndexJson.Default.ParseAssessment(Assessments[which], "a.json").GetValueOrThrow();
            var compiled = Compiled[original.FrameworkId];
            var result = ParIndexJson.Default.ParseAssessment(Mutate(Assessments[which], mutations), "fuzz.json");
            (result.Succeeded ^ (result.Problems.Count > 0)).Should().BeTrue();
            if (!result.Succeeded) return;
            foreach (var unit in result.Value!.Units)
            {
                foreach (var stage in unit.Stages.Keys)
                {
                    var card = compiled.Score(unit, stage);
                    (card.IsScored ? card.Nodes.Count > 0 : card.Errors.Count > 0).Should().BeTrue();
                }
            }
        });
}
