using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Hostile;

/// <summary>
/// Issue 14, defect 10: a scenario file names its framework relative to itself; what is not a framework is refused
/// without echoing its content; duplicate unit ids are refused; a file that fails to load is one failure.
/// </summary>
public class ScenarioHostileTests
{
    private const string OneScenario = """
        {
          "framework": "FRAMEWORK",
          "scenarios": [
            {
              "name": "one",
              "units": [ UNITS ],
              "expect": [ { "unit": "a", "index": 0 } ]
            }
          ]
        }
        """;

    private const string UnitA = """{ "id": "a", "name": "Xã A", "stages": { "appraisal1": { "inputs": {} } } }""";

    private static string Scenario(TempFolder temp, string framework, string units = UnitA) =>
        temp.Write("x.scenarios.json", OneScenario.Replace("FRAMEWORK", framework, StringComparison.Ordinal).Replace("UNITS", units, StringComparison.Ordinal));

    [Fact]
    public void An_absolute_framework_path_is_refused()
    {
        using var temp = new TempFolder();
        var file = Scenario(temp, "/etc/passwd");

        var run = Parindex.Run("test", file);

        run.Exit.Should().Be(1);
        run.Err.Should().Be($"{file}: PI0504 $.framework: '/etc/passwd' phải là đường dẫn tương đối với tệp kịch bản (như ../frameworks/my-district-2025.json) hoặc catalogue:<id>"
            + " — '/etc/passwd' must be a path relative to the scenario file (such as ../frameworks/my-district-2025.json) or catalogue:<id>\n");
        run.Out.Should().EndWith("0 passed, 1 failed\n");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void A_file_that_is_not_a_framework_is_refused_without_echoing_its_content(string kind)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("secrets"));
        File.WriteAllText(temp.File(Path.Combine("secrets", "token.json")), kind == "json"
            ? """{ "aws_secret_access_key": "wJalrXUtnFEMI", "password": "hunter2" }"""
            : "root:x:0:0:root:/root:/bin/bash\nhunter2\n");
        Directory.CreateDirectory(temp.File("tests"));
        var file = temp.Write(Path.Combine("tests", "x.scenarios.json"), OneScenario.Replace("FRAMEWORK", "../secrets/token.json", StringComparison.Ordinal).Replace("UNITS", UnitA, StringComparison.Ordinal));

        var run = Parindex.Run("test", file);

        run.Exit.Should().Be(1);
        run.Err.Should().Be($"{file}: PI0506 $.framework: '../secrets/token.json' không phải là tệp bộ tiêu chí (cần một đối tượng JSON có \"areas\", như docs/format.md mô tả); nội dung không được hiển thị"
            + " — '../secrets/token.json' is not a framework file (expected a JSON object with \"areas\", as docs/format.md shows); its content is not shown\n");
        run.Err.Should().NotContain("aws_secret_access_key").And.NotContain("hunter2").And.NotContain("root:x");
    }

    [Fact]
    public void Duplicate_unit_ids_are_refused_and_a_file_that_fails_to_load_is_one_failure()
    {
        using var temp = new TempFolder();
        File.Copy(Parindex.ThanhTriFramework, temp.File("framework.json"));
        var file = Scenario(temp, "framework.json", string.Join(", ", Enumerable.Repeat(UnitA, 13)));

        var run = Parindex.Run("test", file);

        run.Exit.Should().Be(1);
        run.Err.Should().Contain("PI0141 $.scenarios[0].units[1].id: mã đơn vị 'a' bị lặp (lần đầu tại $.scenarios[0].units[0])")
            .And.Contain("— duplicate unit id 'a' (first at $.scenarios[0].units[0]); each unit of a scenario needs its own id");
        run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(12, "one problem per duplicate");
        run.Out.Should().Be("0 passed, 1 failed\n", "a file that fails to load is one failure, not twelve");
    }
}
