using System.Globalization;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Output;

/// <summary>
/// How the CLI prints a problem: its stable code, then the text in Vietnamese first and English after a dash, as the
/// CLI's own messages are written ("file(12,5): PI0103 $.areas[0].max: tiếng Việt — English"). A text that is the
/// same in both languages (an extension's own words) is printed once.
/// </summary>
internal static class ProblemText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The text of a code in Vietnamese, then in English.</summary>
    public static string Bilingual(ErrorCode code, IReadOnlyList<MessageArgument> arguments)
    {
        var vi = ErrorTexts.Format(code, arguments, Vietnamese);
        var en = ErrorTexts.Format(code, arguments, CultureInfo.InvariantCulture);
        return vi == en ? vi : $"{vi} — {en}";
    }

    /// <summary>"file(line,column): PI0103 path: vi — en"; "file: PI0504 path: ..." when the position is not known.</summary>
    public static string Of(JsonProblem problem) =>
        (problem.Line == 0 && problem.Column == 0 ? problem.File : $"{problem.File}({problem.Line},{problem.Column})")
        + $": {problem.ErrorCode.Code} {problem.Path}: {Bilingual(problem.ErrorCode, problem.Arguments)}";

    /// <summary>"unit 'u1', 3.4.1: PI0426 vi — en".</summary>
    public static string Of(InputError error) =>
        error.Code is null
            ? $"unit '{error.UnitId}': {error.ErrorCode.Code} {Bilingual(error.ErrorCode, error.Arguments)}"
            : $"unit '{error.UnitId}', {error.Code}: {error.ErrorCode.Code} {Bilingual(error.ErrorCode, error.Arguments)}";

    /// <summary>Every problem of a failed load, one line each.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<JsonProblem> problems) => [.. problems.Select(Of)];
}
