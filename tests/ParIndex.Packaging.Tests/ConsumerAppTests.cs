using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace ParIndex.Packaging.Tests;

/// <summary>
/// What we ship works for someone who only has the packages: pack ParIndex.Engine, ParIndex.Engine.Rules and
/// ParIndex.Engine.Testing into a temporary folder, create a fresh console app that references the first two by version
/// from that folder (with its own NuGet cache, so no stale package can hide a bad one), build it, run it and check that
/// it scores a framework; check that neither that app nor the parindex tool pulls in a test framework.
/// </summary>
public sealed class ConsumerAppTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(8);
    private readonly string _root = Directory.CreateTempSubdirectory("parindex-consumer-").FullName;

    [Fact]
    public void A_fresh_console_app_scores_a_framework_with_the_packed_packages()
    {
        var repo = RepositoryRoot();
        var version = "0.0.0-consumer." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

        // 1. Pack from a copy of the sources: the build of this test run is never touched.
        var sources = Path.Combine(_root, "src-copy");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", ".editorconfig", "README.md", "LICENSE", "global.json" })
            if (File.Exists(Path.Combine(repo, file))) File.Copy(Path.Combine(repo, file), Path.Combine(sources, file).EnsureDirectory());
        CopyProject(Path.Combine(repo, "src", "ParIndex.Engine"), Path.Combine(sources, "src", "ParIndex.Engine"));
        foreach (var project in new[] { "ParIndex.Engine.Rules", "ParIndex.Engine.Testing", "ParIndex.Cli" })
            CopyProject(Path.Combine(repo, "src", project), Path.Combine(sources, "src", project));
        // The rules package embeds the catalogue's frameworks and scenarios from samples/.
        foreach (var folder in new[] { "frameworks", "scenarios" })
            foreach (var file in Directory.GetFiles(Path.Combine(repo, "samples", folder), "*.json"))
                File.Copy(file, Path.Combine(sources, "samples", folder, Path.GetFileName(file)).EnsureDirectory());
        var feed = Path.Combine(_root, "feed");
        foreach (var project in new[] { "ParIndex.Engine", "ParIndex.Engine.Rules", "ParIndex.Engine.Testing" })
            Dotnet(sources, "pack", $"src/{project}/{project}.csproj", "-c", "Release", "-o", feed, $"-p:Version={version}");

        var engine = Path.Combine(feed, $"ParIndex.Engine.{version}.nupkg");
        File.Exists(engine).Should().BeTrue("pack writes {0}", engine);
        File.Exists(Path.Combine(feed, $"ParIndex.Engine.{version}.snupkg")).Should().BeTrue("symbols ship as a snupkg");
        File.Exists(Path.Combine(feed, $"ParIndex.Engine.Rules.{version}.nupkg")).Should().BeTrue();
        File.Exists(Path.Combine(feed, $"ParIndex.Engine.Testing.{version}.nupkg")).Should().BeTrue();
        using (var zip = ZipFile.OpenRead(engine))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            entries.Should().Contain(["README.md", "lib/net10.0/ParIndex.Engine.dll", "lib/net10.0/ParIndex.Engine.xml"]);
            using var nuspec = new StreamReader(zip.GetEntry("ParIndex.Engine.nuspec")!.Open());
            var text = nuspec.ReadToEnd();
            text.Should().Contain("<license type=\"expression\">MIT</license>").And.Contain("<readme>README.md</readme>").And.Contain("<repository").And.Contain("<tags>");
        }

        // 2. A fresh console app, shielded from the repository's props and central package management.
        var app = Path.Combine(_root, "app");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props").EnsureDirectory(), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(app, "nuget.config").EnsureDirectory(), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ParIndex.Engine" Version="{version}" />
                <PackageReference Include="ParIndex.Engine.Rules" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using ParIndex.Engine.Evaluation;
            using ParIndex.Engine.Model;
            using ParIndex.Engine.Rules;
            using ParIndex.Engine.Serialization;

            var framework = ParIndexJson.Default.LoadFramework(args[0]).GetValueOrThrow();
            var compiled = FrameworkCompiler.Compile(framework);
            var points = new Dictionary<string, decimal> { ["1"] = 20, ["2"] = 6, ["3"] = 13, ["4"] = 18, ["5"] = 8, ["6"] = 13, ["7"] = 7, ["8"] = 8 };
            var unit = new UnitAssessment
            {
                UnitId = "vinh-thanh",
                UnitName = "Xã Vĩnh Thành",
                Stages = new Dictionary<Stage, StageInputs>
                {
                    [Stage.Appraisal1] = new() { Inputs = points.ToDictionary(p => p.Key, p => new LeafInput { Points = p.Value }) },
                },
            };
            var card = compiled.Score(unit);
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.WriteLine($"{framework.Info.Id} {card.UnitName} index={card.Index} band={card.Band} errors={card.Errors.Count}");
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "consumer", "framework.json"), Path.Combine(app, "framework.json"));

        var cache = Path.Combine(_root, "nuget-cache");
        Dotnet(app, "build", "-c", "Release", "--nologo", $"-p:RestorePackagesPath={cache}");
        var run = Dotnet(app, "run", "-c", "Release", "--no-build", "--", "framework.json");

        run.Should().Contain("thanh-tri-commune-2018 Xã Vĩnh Thành index=93 band=Rất tốt errors=0");
        Directory.Exists(Path.Combine(cache, "parindex.engine", version)).Should().BeTrue("the app restored the package just packed, into its own cache");

        // 2b. A consumer of the catalogue and the scenario runner, and the parindex tool, ship no test framework.
        NoTestFramework(Dotnet(app, "list", "package", "--include-transitive"), "a consumer of ParIndex.Engine.Rules", "ParIndex.Engine.Rules");
        Dotnet(sources, "restore", "src/ParIndex.Cli/ParIndex.Cli.csproj", $"-p:RestorePackagesPath={cache}");
        NoTestFramework(Dotnet(sources, "list", "src/ParIndex.Cli/ParIndex.Cli.csproj", "package", "--include-transitive"), "the parindex tool", "System.CommandLine");

        // 3. The README's quick start, as written, against the same packages: it must stay true.
        var readme = Path.Combine(_root, "readme");
        Directory.CreateDirectory(readme);
        File.Copy(Path.Combine(app, "nuget.config"), Path.Combine(readme, "nuget.config"));
        File.Copy(Path.Combine(app, "Consumer.csproj"), Path.Combine(readme, "Readme.csproj"));
        File.WriteAllText(Path.Combine(readme, "Program.cs"), QuickStart(File.ReadAllText(Path.Combine(repo, "README.md"))));
        foreach (var sample in new[] { "frameworks/thanh-tri-2018.json", "assessments/thanh-tri-2018.json" })
            File.Copy(Path.Combine(repo, "samples", sample), Path.Combine(readme, "samples", sample).EnsureDirectory());
        Dotnet(readme, "build", "-c", "Release", "--nologo", $"-p:RestorePackagesPath={cache}");
        var quickStart = Dotnet(readme, "run", "-c", "Release", "--no-build");
        quickStart.Should().Contain("1. Xã Vĩnh Thành: 93 Rất tốt").And.Contain("10. Xã Lâm Kiệt: 71 Khá").And.Contain("| 7 | Cải cách tài chính công | 7 | 5.1 | 7 | 72.86 | 100 |");

        // 4. The province template test project, as a province copies it, against the same packages.
        var template = Path.Combine(_root, "template");
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "samples", "ProvinceTemplate"), "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                              && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(template, Path.GetRelativePath(Path.Combine(repo, "samples", "ProvinceTemplate"), file)).EnsureDirectory());
        File.Copy(Path.Combine(app, "nuget.config"), Path.Combine(template, "nuget.config"));
        var tested = Dotnet(template, "test", "-c", "Release", "--nologo", $"-p:ParIndexVersion={version}", $"-p:RestorePackagesPath={cache}");
        tested.Should().MatchRegex(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+2,");
        Directory.Exists(Path.Combine(cache, "parindex.engine.testing", version)).Should().BeTrue("the template used the package just packed");
    }

    /// <summary>Fails when the package listing names a test framework or assertion library.</summary>
    private static void NoTestFramework(string listing, string who, string expected)
    {
        listing.Should().Contain(expected, "the listing is of {0}", who);
        foreach (var name in new[] { "xunit", "FluentAssertions", "NUnit", "MSTest", "Microsoft.NET.Test.Sdk" })
            listing.Should().NotContainEquivalentOf(name, "{0} must not depend on a test framework:\n{1}", who, listing);
    }

    /// <summary>The first C# block after the README's "Quick start" heading.</summary>
    private static string QuickStart(string readme)
    {
        var section = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        return section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
    }


    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        // The test host's own MSBuild settings must not leak into the child builds.
        foreach (var v in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "VSTEST_HOST_DEBUG" }) start.Environment.Remove(v);

        using var process = Process.Start(start)!;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var command = "dotnet " + string.Join(' ', args);
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            output.WriteLine(stdout.ToString());
            output.WriteLine(stderr.ToString());
            throw new TimeoutException($"'{command}' did not finish within {StepTimeout.TotalMinutes} minutes.\n{stdout}\n{stderr}");
        }
        process.WaitForExit();
        output.WriteLine($"$ {command} (in {workingDirectory}) -> {process.ExitCode}");
        output.WriteLine(stdout.ToString());
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{command}' failed with exit code {process.ExitCode}.\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}");
        return stdout.ToString();
    }

    private static void CopyProject(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj") continue;
            File.Copy(file, Path.Combine(to, relative).EnsureDirectory());
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ParIndex.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No ParIndex.sln above {AppContext.BaseDirectory}.");
    }
}

internal static class PathExtensions
{
    /// <summary>Creates the file's folder and returns the path.</summary>
    public static string EnsureDirectory(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
