using System.Globalization;
using System.Text;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;

namespace ParIndex.Benchmarks.Workload;

/// <summary>
/// Writes the benchmark framework as JSON and a generated cohort as the CSV input sheet that <c>parindex score</c>
/// reads, one unit per row as it is drawn (so a million units need no memory): the input of the whole-country run
/// in docs/performance.md. Never committed: make it with <c>dotnet run -c Release --project benchmarks/ParIndex.Benchmarks -- sheet 1000000 /tmp/cohort</c>.
/// </summary>
public static class SheetWriter
{
    public static void Write(int units, string folder)
    {
        Directory.CreateDirectory(folder);
        var framework = BenchmarkFrameworks.BuildCommune80();
        var compiled = FrameworkCompiler.Compile(framework);
        File.WriteAllText(Path.Combine(folder, "framework.json"), ParIndexJson.Default.WriteFramework(framework), new UTF8Encoding(false));
        var adjustments = framework.AllNodes.SelectMany(n => n.Adjustments).Concat(framework.Adjustments).Select(a => a.Code).ToArray();
        using var writer = new StreamWriter(Path.Combine(folder, "cohort.csv"), false, new UTF8Encoding(false), 1 << 20);
        var header = new List<string> { "unit_id", "unit_name", "block", "stage" };
        header.AddRange(compiled.LeafCodes);
        header.AddRange(adjustments.Select(a => "adj:" + a));
        header.Add("disqualifiers");
        writer.Write(string.Join(',', header));
        writer.Write('\n');
        string[] blocks = ["xã", "phường", "thị trấn"];
        var u = 0;
        foreach (var (id, inputs) in Cohort.Draw(compiled, BenchmarkFrameworks.LeavesOf(BenchmarkFrameworks.Commune80), units))
        {
            writer.Write(id);
            writer.Write(",Xã ");
            writer.Write(u.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(blocks[u % blocks.Length]);
            writer.Write(",appraisal1");
            foreach (var code in compiled.LeafCodes)
            {
                writer.Write(',');
                if (inputs.Inputs.TryGetValue(code, out var input)) writer.Write(Cell(input));
            }
            foreach (var code in adjustments)
            {
                writer.Write(',');
                if (inputs.Adjustments.TryGetValue(code, out var n)) writer.Write(n.ToString(CultureInfo.InvariantCulture));
            }
            writer.Write(',');
            writer.Write(string.Join(';', inputs.Disqualifiers));
            writer.Write('\n');
            u++;
        }
    }

    // The cell syntax of the input sheet (docs/cli.md, "Filling the sheet"). Evidence columns are left out: every
    // leaf's evidence is then 'missing', which a leaf that requires references accepts.
    private static string Cell(LeafInput input)
    {
        static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        if (input.NotApplicable) return "KPS";
        if (input.Met is { } met) return met ? "x" : "không";
        if (input.Numerator is { } num && input.Denominator is { } den) return $"{N(num)}/{N(den)}";
        if (input.Value is { } value) return N(value) + "%";
        if (input.Count is { } count) return count.ToString(CultureInfo.InvariantCulture);
        if (input.Choice is { } choice) return choice;
        if (input.Points is { } points) return N(points);
        if (input.SurveyCounts is { } counts) return string.Join("; ", counts.Select(kv => $"{kv.Key}={kv.Value}"));
        throw new InvalidOperationException("an input the sheet cannot hold");
    }
}
