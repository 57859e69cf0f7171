using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests;

public class ValidateTests
{
    [Fact]
    public void A_valid_framework_exits_0()
    {
        var run = Parindex.Run("validate", Parindex.AllKindsFramework);

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().Contain("OK").And.Contain("sample-all-kinds").And.Contain("16 leaves");
        run.Err.Should().BeEmpty();
    }

    [Fact]
    public void A_bound_off_its_rounding_step_is_a_warning_printed_with_its_node_and_exit_0()
    {
        using var temp = new TempFolder();
        var path = temp.Write("warn.json", """
            {
              "id": "warn-framework",
              "name": "Bộ chỉ số cảnh báo",
              "issuer": "UBND huyện Thử",
              "unitLevel": "commune",
              "year": 2024,
              "version": "1.0.0",
              "scoring": { "rounding": { "leafDecimals": 1 } },
              "areas": [
                { "code": "1", "name": "Khảo sát", "maxPoints": 0.75, "rule": { "kind": "survey", "options": [ { "label": "A", "weightPercent": 100 } ] } },
                { "code": "2", "name": "Còn lại", "maxPoints": 99.25, "rule": { "kind": "allOrNothing" } }
              ]
            }
            """);

        var run = Parindex.Run("validate", path);

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().Contain("OK").And.Contain("warning: $.areas[0].maxPoints (1): max points 0.75 is not a multiple of 0.1")
            .And.Contain("warning: $.areas[1].maxPoints (2): max points 99.25");
    }

    [Fact]
    public void A_missing_file_exits_1_with_one_line()
    {
        var run = Parindex.Run("validate", "no-such-framework.json");

        run.Exit.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Err.Should().Be("no-such-framework.json: file not found\n".ReplaceLineEndings());
    }

    [Fact]
    public void An_invalid_framework_lists_every_problem_with_file_line_and_path()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bad.json", """
            {
              "id": "bad-framework",
              "name": "Bộ chỉ số lỗi",
              "issuer": "UBND huyện Thử",
              "unitLevel": "commune",
              "year": 2024,
              "version": "1.0.0",
              "areas": [
                { "code": "1", "name": "Lĩnh vực 1", "maxPoints": 10, "rule": { "kind": "manual", "step": 3 } },
                { "code": "1", "name": "Lĩnh vực trùng mã", "maxPoints": 5, "rule": { "kind": "allOrNothing" } },
                { "code": "3", "name": "Lĩnh vực 3", "maxPoints": 5, "rule": { "kind": "steps", "measure": "ratio",
                  "steps": [ { "threshold": 80, "points": 2 }, { "threshold": 90, "points": 5 } ] } }
              ]
            }
            """);

        var run = Parindex.Run("validate", path);

        run.Exit.Should().Be(1);
        run.Out.Should().BeEmpty();
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCountGreaterThanOrEqualTo(3, "every problem is listed: the step, the duplicate code, the thresholds");
        lines.Should().AllSatisfy(l => l.Should().StartWith("bad.json(").And.MatchRegex(@"\(\d+,\d+\): PI0[1-3]\d\d \$\."));
        run.Err.Should().Contain("$.areas[0]").And.Contain("$.areas[1]").And.Contain("$.areas[2]").And.Contain("duplicate");
        run.Err.Should().Contain("PI0315 $.areas[0].rule.step: điểm tối đa 10 của tiêu chí không phải là bội số của bước 3 — the leaf's max 10 is not a multiple of the step 3")
            .And.Contain("PI0216 $.areas[1].code: mã '1' bị lặp — duplicate code '1'");
        run.Err.Should().NotContain("   at ", "never a stack trace");
    }

    [Fact]
    public void Malformed_json_exits_1_with_the_position()
    {
        using var temp = new TempFolder();
        var path = temp.Write("broken.json", "{ \"id\": \"x\",\n  \"name\": }");

        var run = Parindex.Run("validate", path);

        run.Exit.Should().Be(1);
        run.Err.Should().StartWith("broken.json(2,");
    }
}
