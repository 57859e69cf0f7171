using System.Globalization;

namespace ParIndex.Cli.Tests.Support;

/// <summary>What one run of the real entry point gave.</summary>
internal sealed record CliRun(int Exit, string Out, string Err);

/// <summary>Runs parindex in-process through <see cref="CliApp.Run(string[], TextWriter, TextWriter)"/> with its own writers (no global console state).</summary>
internal static class Parindex
{
    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = CliApp.Run(args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A sample file copied next to the tests.</summary>
    public static string Sample(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "samples", .. parts]);

    public static string ThanhTriFramework => Sample("frameworks", "thanh-tri-2018.json");

    public static string ThanhTriInputs => Sample("assessments", "thanh-tri-2018.json");

    public static string AllKindsFramework => Sample("frameworks", "sample-all-kinds.json");

    public static string AllKindsInputs => Sample("assessments", "sample-all-kinds.json");

    public static string PhuYenFramework => Sample("frameworks", "phu-yen-2022.json");

    public static string PhuYenInputs => Sample("assessments", "phu-yen-2022.json");

    public static string PhuYenPrevious => Sample("assessments", "previous", "phu-yen-2021.json");

    public static string ChiLangFramework => Sample("frameworks", "chi-lang-2023.json");

    public static string ChiLangInputs => Sample("assessments", "chi-lang-2023.json");
}

/// <summary>A temporary folder, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("parindex-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
