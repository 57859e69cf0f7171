using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Tests.PublicApi;
using Xunit;

namespace ParIndex.Engine.Tests.Messages;

/// <summary>
/// docs/errors.md lists every code, and no other, with an example in both languages (rendered here from the
/// catalogues with <see cref="SampleArguments"/>) and the fix (written by hand in the doc, kept when it is
/// regenerated). After changing a catalogue:
/// <c>PARINDEX_WRITE_DOCS=1 dotnet test tests/ParIndex.Engine.Tests --filter ErrorsDoc</c>, then write the fix of any
/// new code where the doc says TODO.
/// </summary>
public partial class ErrorsDocTests
{
    private const string Todo = "TODO";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [GeneratedRegex(@"^### (PI\d{4}) ", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"PI\d{4}")]
    private static partial Regex AnyCode();

    private static string DocPath() => Path.Combine(PublicApiTests.RepositoryRoot(), "docs", "errors.md");

    [Fact]
    public void Errors_md_lists_every_code_with_its_examples_and_a_fix()
    {
        var path = DocPath();
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        var generated = Generate(Fixes(committed));
        if (Environment.GetEnvironmentVariable("PARINDEX_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, generated, new UTF8Encoding(false));
            committed = generated;
        }

        Heading().Matches(committed).Select(m => m.Groups[1].Value).Should().Equal(ErrorCodes.All.Select(c => c.Code), "docs/errors.md has one section per code, in order");
        Fixes(committed).Where(f => f.Value == Todo).Select(f => f.Key).Should().BeEmpty("every code in docs/errors.md says how to fix it");
        committed.Should().Be(generated, "docs/errors.md matches the catalogues; regenerate it with PARINDEX_WRITE_DOCS=1 dotnet test tests/ParIndex.Engine.Tests --filter ErrorsDoc");
    }

    [Fact]
    public void Errors_md_names_no_code_that_does_not_exist()
    {
        var known = ErrorCodes.All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        AnyCode().Matches(File.ReadAllText(DocPath())).Select(m => m.Value).Where(c => !known.Contains(c)).Distinct().Should().BeEmpty();
    }

    /// <summary>The fix of each code, from the "- fix:" line of its section.</summary>
    private static Dictionary<string, string> Fixes(string doc)
    {
        var fixes = new Dictionary<string, string>(StringComparer.Ordinal);
        string? code = null;
        foreach (var line in doc.Split('\n'))
        {
            var heading = Heading().Match(line);
            if (heading.Success) code = heading.Groups[1].Value;
            else if (code is not null && line.StartsWith("- fix: ", StringComparison.Ordinal)) fixes[code] = line["- fix: ".Length..].Trim();
        }
        return fixes;
    }

    private static string Generate(IReadOnlyDictionary<string, string> fixes)
    {
        var doc = new StringBuilder();
        doc.Append("""
            # Problem codes (mã lỗi)

            Every problem the engine reports has a stable code `PIxxxx` and arguments; its text comes from a catalogue per
            language, Vietnamese (`vi`, `vi-VN`) or English (any other culture), in `src/ParIndex.Engine/Messages/`
            (`ErrorCodes.cs`, `VietnameseTexts.cs`, `EnglishTexts.cs`). A problem's `Message` is its text in the UI culture
            of the moment it was made; `ErrorCode` and `Arguments` are the stable part: test them, translate them, look
            them up here. Figures are written as entered, with a decimal point in English and a decimal comma in
            Vietnamese (2.75 / 2,75).

            The `parindex` CLI prints each problem with its code, Vietnamese first and English after a dash:

            ```
            khung.json(12,20): PI0225 $.areas[0].maxPoints: điểm tối đa 61 phải bằng tổng điểm tối đa của các tiêu chí con, 60 — max points 61 must equal the sum of its children's maxima, 60
            ```

            The codes ending in 00 (PI0100, PI0200, PI0300, PI0400, PI0500) carry the own words of an extension (a custom
            rule kind, a reader of your own) that has no code of its own; they are the same in both languages.

            This page is checked by `tests/ParIndex.Engine.Tests/Messages/ErrorsDocTests.cs`: one section per code, in
            order, the examples rendered from the catalogues. After adding or changing a code, regenerate the examples
            (the fixes are kept) and write the fix of a new code where it says TODO:

            ```
            PARINDEX_WRITE_DOCS=1 dotnet test tests/ParIndex.Engine.Tests --filter ErrorsDoc
            ```

            | range | what |
            | --- | --- |
            | PI01xx | reading a JSON document: files, size and depth limits, syntax, types, unknown, missing and duplicate properties |
            | PI02xx | the framework's structure: ids, codes, maxima, parts, bands, adjustments, disqualifiers, extends |
            | PI03xx | rule kinds and rule parameters; rule kinds not registered for writing or hashing |
            | PI04xx | a unit's inputs (and the CLI's sheet cells) |
            | PI05xx | scenario files and the runner |

            """);
        string? range = null;
        foreach (var code in ErrorCodes.All)
        {
            var r = code.Code[..4];
            if (r != range)
            {
                range = r;
                doc.Append('\n').Append("## ").Append(RangeTitle(r)).Append('\n');
            }
            var example = SampleArguments.Of(code);
            doc.Append('\n').Append("### ").Append(code.Code).Append(' ').Append(code.Name).Append("\n\n");
            doc.Append("- vi: `").Append(example.ToString(Vietnamese)).Append("`\n");
            doc.Append("- en: `").Append(example.ToString(CultureInfo.InvariantCulture)).Append("`\n");
            doc.Append("- fix: ").Append(fixes.GetValueOrDefault(code.Code, Todo)).Append('\n');
        }
        return doc.ToString();
    }

    private static string RangeTitle(string range) => range switch
    {
        "PI01" => "PI01xx: reading a JSON document",
        "PI02" => "PI02xx: the framework's structure",
        "PI03" => "PI03xx: rule kinds and rule parameters",
        "PI04" => "PI04xx: a unit's inputs",
        _ => "PI05xx: scenario files and the runner",
    };
}
