using System.CommandLine;
using ParIndex.Engine.Reports;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Output;
using ParIndex.Engine.Analysis;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;

namespace ParIndex.Cli.Commands;

/// <summary>
/// <c>parindex robustness framework.json inputs</c>: how robust each unit's rank is when the weights, cut-offs,
/// not-applicable policy or manual scores could plausibly have been otherwise.
/// </summary>
internal static class RobustnessCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FrameworkArgument();
        var inputs = CommonOptions.InputsArgument();
        var stage = CommonOptions.Stage();
        var format = CommonOptions.Format("table", "table", "csv", "json", "md", "html", "xlsx");
        var output = CommonOptions.Out();
        var culture = CommonOptions.Culture();
        var draws = new Option<int>("--draws", "-n") { Description = "The number of draws (re-computations of the cohort).", DefaultValueFactory = _ => 1000 };
        var seed = new Option<long>("--seed") { Description = "The seed: the same seed gives the same report, on any number of threads.", DefaultValueFactory = _ => 1 };
        var noise = new Option<string>("--noise")
        {
            Description = "The noise on the maxima (weights) of areas or criteria: '20%' (or 0.2) draws each within ±20 %; '0' keeps the weights.",
            DefaultValueFactory = _ => "20%",
        };
        var level = new Option<string>("--level") { Description = "Whose maxima are weights: 'area' (lĩnh vực) or 'criterion' (tiêu chí).", DefaultValueFactory = _ => "area" }
            .AcceptOnlyFromAmong("area", "criterion");
        var cutOffs = new Option<string[]>("--cutoffs")
        {
            Description = "Other band cut-offs a draw may use, best band first, e.g. --cutoffs 85,75,60,0 (repeat for several).",
            AllowMultipleArgumentsPerToken = false,
        };
        var notApplicable = new Option<string[]>("--not-applicable")
        {
            Description = "Other meanings of 'not applicable' a draw may use: exclude, full or zero (repeat for several).",
        };
        notApplicable.AcceptOnlyFromAmong("exclude", "full", "zero");
        var manual = new Option<bool>("--manual-noise") { Description = "Manual scores (chấm thủ công) move one step down or up per unit and draw." };
        var threads = new Option<int?>("--threads") { Description = "The most threads to use (all cores by default); results do not depend on it." };
        var sensitivity = new Option<bool>("--sensitivity")
        {
            Description = "Also apportion the variance of --target to the weights: first-order and total-effect indices (Saltelli / Jansen) with 95 % bootstrap intervals, N·(d + 2) runs.",
        };
        var target = new Option<string>("--target")
        {
            Description = "With --sensitivity: 'mean-shift' (the mean absolute rank shift, the default) or a unit id (that unit's index).",
            DefaultValueFactory = _ => "mean-shift",
        };
        var samples = new Option<int>("--samples") { Description = "With --sensitivity: N, the rows of each design matrix.", DefaultValueFactory = _ => 256 };
        var command = new Command("robustness",
            "Uncertainty analysis of ranks (OECD/JRC Handbook 2008; Saisana, Saltelli & Tarantola 2005): scores the cohort under "
            + "many plausible frameworks — maxima of areas or criteria within ±noise, other band cut-offs, other not-applicable "
            + "policies, manual scores ± one step — and prints per unit the nominal rank beside the median rank, the 5–95 % rank "
            + "interval and the probability of each band, sorted by rank. Every draw is scored in exact decimals; see docs/analysis.md.\n\n"
            + "Example:\n  parindex robustness framework.json nhap-lieu.xlsx --noise 20% --draws 1000 --seed 7 --cutoffs 85,75,60,0")
        {
            file, inputs, stage, format, output, culture, draws, seed, noise, level, cutOffs, notApplicable, manual, threads, sensitivity, target, samples,
        };
        command.SetAction(parsed =>
        {
            var options = new UncertaintyOptions
            {
                Draws = parsed.GetValue(draws),
                Seed = parsed.GetValue(seed),
                Stage = CommonOptions.ParseStage(parsed.GetValue(stage)!),
                MaxDegreeOfParallelism = parsed.GetValue(threads),
                Factors = new UncertaintyFactors
                {
                    WeightNoise = ParseNoise(parsed.GetValue(noise)!),
                    WeightLevel = parsed.GetValue(level) == "criterion" ? 2 : 1,
                    CutOffAlternatives = [.. (parsed.GetValue(cutOffs) ?? []).Select(ParseCutOffs)],
                    NotApplicableAlternatives = [.. (parsed.GetValue(notApplicable) ?? []).Select(ParsePolicy)],
                    ManualNoise = parsed.GetValue(manual),
                },
            };
            SensitivityOptions? sensitivityOptions = null;
            if (parsed.GetValue(sensitivity))
            {
                var t = parsed.GetValue(target)!;
                sensitivityOptions = new SensitivityOptions
                {
                    WeightNoise = options.Factors.WeightNoise,
                    WeightLevel = options.Factors.WeightLevel,
                    Target = t == "mean-shift" ? SensitivityTarget.MeanAbsoluteRankShift : SensitivityTarget.UnitIndex,
                    UnitId = t == "mean-shift" ? null : t,
                    BaseSamples = parsed.GetValue(samples),
                    Seed = options.Seed,
                    Stage = options.Stage,
                    MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
                };
            }
            return Run(context, parsed.GetValue(file)!, parsed.GetValue(inputs)!, options, parsed.GetValue(format)!, parsed.GetValue(output),
                CommonOptions.ParseCulture(parsed.GetValue(culture)!), sensitivityOptions);
        });
        return command;
    }

    public static int Run(CliContext context, string frameworkPath, string inputsPath, UncertaintyOptions options, string format, string? outPath, CultureInfo? culture = null,
        SensitivityOptions? sensitivityOptions = null)
    {
        if (options.Draws < 1) throw new CliException($"--draws: expected at least 1; got {options.Draws}");
        if (sensitivityOptions is not null && format is "md" or "html" or "xlsx")
            throw new CliException($"--sensitivity is written as a table, CSV or JSON, not as {format}; run it with --format table or json");
        var framework = Documents.LoadFramework(frameworkPath);
        var document = Documents.LoadInputs(inputsPath, framework, CommonOptions.DefaultRowStage(options.Stage));
        foreach (var alternative in options.Factors.CutOffAlternatives)
            if (alternative.Count != framework.Bands.Count)
                throw new CliException($"--cutoffs {string.Join(",", alternative)}: framework '{framework.Info.Id}' has {framework.Bands.Count} bands ({string.Join(", ", framework.Bands.Select(b => b.Label))}); give one minimum per band, best first");
        var compiled = FrameworkCompiler.Compile(framework);
        RobustnessReport report;
        using (var bar = ProgressBar.For(context.Err, options.Draws, "robustness"))
        {
            try
            {
                report = UncertaintyAnalysis.Run(compiled, document.Units, options, bar);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"{frameworkPath}: {e.Message}");
            }
        }
        SensitivityReport? sensitivityReport = null;
        if (sensitivityOptions is not null)
        {
            if (sensitivityOptions.BaseSamples < 2) throw new CliException($"--samples: expected at least 2; got {sensitivityOptions.BaseSamples}");
            if (sensitivityOptions.WeightNoise == 0m) throw new CliException("--sensitivity apportions the variance the weights cause; give a --noise above 0");
            var runs = sensitivityOptions.BaseSamples * (WeightedNode.Select(framework, sensitivityOptions.WeightLevel).Count + 2);
            using var bar = ProgressBar.For(context.Err, runs, "sensitivity");
            try
            {
                sensitivityReport = SensitivityAnalysis.Run(compiled, document.Units, sensitivityOptions, bar);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"--target: {e.Message}");
            }
        }
        if (format is "md" or "html" or "xlsx")
        {
            if (ReportOutput.IsBinaryOrDocument(format)) CommonOptions.RequireOut(outPath, format);
            var published = ToReport(framework, report, options.Stage, ReportOutput.Generated(null), culture);
            ReportOutput.Write(context, outPath, stream => ReportOutput.Writer(format, culture, outPath is not null).Write(published, stream));
            var failedUnits = CommonOptions.ReportErrors(context, inputsPath, CommonOptions.ScoreAll(framework, document, options.Stage).Failed.Select(u => u.Card));
            return failedUnits ? CliApp.Failed : CliApp.Ok;
        }
        var text = format switch
        {
            "json" => ToJson(report, sensitivityReport),
            "csv" => CsvFile.ToText(Csv(report, culture), Numbers.CsvSeparator(culture)),
            _ => ToText(framework, report, culture) + (sensitivityReport is null ? string.Empty : "\n" + SensitivityText(sensitivityReport, culture)),
        };
        CommonOptions.Emit(context, outPath, text);
        var failed = CommonOptions.ReportErrors(context, inputsPath, CommonOptions.ScoreAll(framework, document, options.Stage).Failed.Select(u => u.Card));
        return failed ? CliApp.Failed : CliApp.Ok;
    }

    internal static decimal ParseNoise(string text)
    {
        var s = text.Trim();
        var percent = s.EndsWith('%');
        if (percent) s = s[..^1].Trim();
        if (!Numbers.TryParseDecimal(s, out var value, out _) || value < 0m)
            throw new CliException($"--noise: '{text}' is not a noise; expected a percentage such as 20% or a fraction such as 0.2");
        var fraction = percent || value > 1m ? value / 100m : value;
        if (fraction > 0.9m) throw new CliException($"--noise: '{text}' is more than 90 %; a weight must stay positive");
        return fraction;
    }

    internal static IReadOnlyList<decimal> ParseCutOffs(string text)
    {
        var values = new List<decimal>();
        foreach (var part in text.Split([';', ' ', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(p => p.Split(',')))
        {
            if (!Numbers.TryParseDecimal(part, out var value, out _))
                throw new CliException($"--cutoffs: '{part}' in '{text}' is not a number; expected minima such as 85,75,60,0 (best band first)");
            values.Add(value);
        }
        return values;
    }

    private static NotApplicablePolicy ParsePolicy(string text) => text switch
    {
        "full" => NotApplicablePolicy.FullPoints,
        "zero" => NotApplicablePolicy.Zero,
        _ => NotApplicablePolicy.Exclude,
    };

    private static string Rank(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Interval(UnitRobustness u) => u.RankLow is null ? "-" : u.RankLow == u.RankHigh ? Rank(u.RankLow) : $"{u.RankLow}–{u.RankHigh}";

    internal static string ToText(Framework framework, RobustnessReport report, CultureInfo? culture)
    {
        var f = report.Factors;
        var what = new List<string>();
        if (f.WeightNoise > 0m) what.Add($"maxima of {report.WeightedNodes.Count} {(f.WeightLevel == 1 ? "areas" : "criteria")} ±{Numbers.Format(f.WeightNoise * 100m, 1)} %");
        if (f.CutOffAlternatives.Count > 0) what.Add($"{f.CutOffAlternatives.Count + 1} sets of cut-offs");
        if (f.NotApplicableAlternatives.Count > 0) what.Add($"not applicable: {string.Join(" / ", new[] { framework.Policy.NotApplicable }.Concat(f.NotApplicableAlternatives))}");
        if (f.ManualNoise) what.Add("manual scores ± one step");
        var header = $"{framework.Info.Name} — {framework.Info.Issuer}, {framework.Info.Year}\n"
            + $"Độ vững của xếp hạng (robustness of ranks): {report.Draws} draws, seed {report.Seed}, {report.Method}; "
            + (what.Count == 0 ? "nothing uncertain" : string.Join("; ", what)) + "\n\n";
        var table = Table(report, culture);
        return header + new TextReportWriter(culture).Table(table)
            + "\nHạng trung vị, khoảng hạng: median and 5th–95th percentile rank over the draws (the interval always includes the nominal rank).\n";
    }

    /// <summary>The robustness table of the engine's report model, typed cells, drawn by the writers every report uses.</summary>
    internal static ReportTable Table(RobustnessReport report, CultureInfo? culture)
    {
        // One table of the engine's report model, typed cells, drawn by the same text writer as every other table.
        var blocks = report.Units.Any(u => u.Block is not null);
        var columns = new List<ReportColumn> { new("Hạng"), new("Đơn vị") };
        if (blocks) columns.Add(new("Khối"));
        columns.AddRange([new("Điểm"), new("Xếp loại"), new("Hạng trung vị"), new("Khoảng hạng 5–95 %"), new("Điểm thấp–cao"), new("P(xếp loại) %"),
            .. report.BandLabels.Select(l => new ReportColumn("P(" + l + ") %"))]);
        var rows = report.Units.Select(u =>
        {
            var cells = new List<ReportCell> { ReportCell.Whole(u.NominalRank), ReportCell.Text(u.UnitName) };
            if (blocks) cells.Add(ReportCell.Text(u.Block));
            cells.AddRange([ReportCell.Number(u.NominalIndex, 4), ReportCell.Text(u.NominalBand ?? "-"), ReportCell.Whole(u.MedianRank), ReportCell.Text(Interval(u)),
                ReportCell.Text($"{Numbers.Format(u.IndexMin, 4, culture)}–{Numbers.Format(u.IndexMax, 4, culture)}"),
                ReportCell.Number(u.NominalBandProbability * 100m, 1), .. u.Bands.Select(b => ReportCell.Number(b.Probability * 100m, 1))]);
            return new ReportRow { Cells = cells, UnitId = u.UnitId };
        }).ToList();
        return new ReportTable { Key = "robustness", Title = "Độ vững của xếp hạng (robustness of ranks)", Columns = columns, Rows = rows, KeyColumns = 2 };
    }

    /// <summary>
    /// The robustness report as a report of the engine's model: the title block, what was drawn, the rank intervals as
    /// a chart (nominal rank on each unit's 5th–95th percentile interval) beside their table, for the HTML, workbook
    /// and Markdown writers.
    /// </summary>
    internal static Report ToReport(Framework framework, RobustnessReport report, Stage stage, DateOnly generated, CultureInfo? culture)
    {
        var table = Table(report, culture);
        var ranked = report.Units.Where(u => u.NominalRank is not null).ToList();
        var chart = new ReportChart
        {
            Kind = ChartKind.Interval,
            Title = "Khoảng hạng 5–95 % và hạng hiện tại (rank interval and nominal rank)",
            Categories = [.. ranked.Select(u => u.UnitName)],
            Series =
            [
                new ChartSeries("Khoảng hạng 5–95 % (rank interval)", [.. ranked.Select(u => (decimal?)u.RankLow)]),
                new ChartSeries("đến (to)", [.. ranked.Select(u => (decimal?)u.RankHigh)]),
                new ChartSeries("Hạng hiện tại (nominal rank)", [.. ranked.Select(u => (decimal?)u.NominalRank)]),
            ],
            Maximum = ranked.Count == 0 ? null : ranked.Max(u => (decimal)(u.RankHigh ?? u.NominalRank ?? 1)),
            DataTable = table.Key,
        };
        var heading = new ReportHeading
        {
            Title = $"Độ vững của xếp hạng Chỉ số cải cách hành chính năm {framework.Info.Year.ToString(CultureInfo.InvariantCulture)} (robustness of ranks)",
            FrameworkName = framework.Info.Name,
            Issuer = framework.Info.Issuer,
            Year = framework.Info.Year,
            Stage = ReportWords.Stage(stage),
            LegalBasis = framework.Info.LegalBasis,
            Generated = generated,
            Framework = $"{framework.Info.Id} {framework.Info.Version}",
            ContentHash = framework.ContentHash,
        };
        var summary = ToText(framework, report, culture).Split('\n')[1];
        var section = new ReportSection
        {
            Key = "robustness",
            Title = "Độ vững của xếp hạng (robustness of ranks)",
            ShortTitle = "Độ vững",
            Paragraphs =
            [
                summary,
                "Hạng trung vị, khoảng hạng: median and 5th–95th percentile rank over the draws (the interval always includes the nominal rank).",
            ],
            Charts = [chart],
            Tables = [table],
        };
        return new Report { Heading = heading, Sections = [section] };
    }

    internal static string SensitivityText(SensitivityReport report, CultureInfo? culture)
    {
        var o = report.Options;
        var what = o.Target == SensitivityTarget.MeanAbsoluteRankShift ? "the mean absolute rank shift" : $"the index of {o.UnitId}";
        static string F(double x, CultureInfo? c) => x.ToString("0.000", c ?? CultureInfo.InvariantCulture);

        // Sobol indices are estimates in double; the table shows them to three places like the interval beside them.
        static ReportCell Index(double x) => double.IsFinite(x) ? ReportCell.Number(Math.Round((decimal)x, 3, MidpointRounding.AwayFromZero), 3) : ReportCell.Text("-");
        var table = new ReportTable
        {
            Key = "sensitivity",
            Title = "Độ nhạy theo trọng số (sensitivity to the weights)",
            Columns = [new("Mã"), new("Lĩnh vực / tiêu chí"), new("Điểm tối đa"), new("S (bậc 1)"), new("95 % CI"), new("S_T (toàn phần)"), new("95 % CI")],
            Rows = [.. report.Factors.Select(f => new ReportRow
            {
                Cells =
                [
                    ReportCell.Code(f.Node.Code), ReportCell.Text(f.Node.Name), ReportCell.Number(f.Node.MaxPoints, 4), Index(f.Indices.FirstOrder),
                    ReportCell.Text($"{F(f.Indices.FirstOrderLow, culture)}–{F(f.Indices.FirstOrderHigh, culture)}"), Index(f.Indices.Total),
                    ReportCell.Text($"{F(f.Indices.TotalLow, culture)}–{F(f.Indices.TotalHigh, culture)}"),
                ],
            })],
            KeyColumns = 2,
        };
        return $"Độ nhạy (sensitivity) of {what} to the weights: N = {o.BaseSamples}, {report.Runs} runs, mean {F(report.Mean, culture)}, variance {F(report.Variance, culture)}\n\n"
            + new TextReportWriter(culture).Table(table)
            + "\nS: share of the variance a weight explains alone (Saltelli et al. 2010); S_T: alone and with the others (Jansen 1999).\n";
    }

    internal static IEnumerable<IReadOnlyList<string>> Csv(RobustnessReport report, CultureInfo? culture)
    {
        yield return ["nominal_rank", "unit_id", "unit_name", "block", "nominal_index", "nominal_band", "median_rank", "rank_p5", "rank_p95",
            "rank_low", "rank_high", "index_min", "index_max", "p_nominal_band", .. report.BandLabels.Select(l => "p_" + l)];
        foreach (var u in report.Units)
        {
            yield return
            [
                Rank(u.NominalRank).Replace("-", string.Empty, StringComparison.Ordinal), CsvFile.Neutralise(u.UnitId), CsvFile.Neutralise(u.UnitName), CsvFile.Neutralise(u.Block ?? string.Empty),
                Numbers.Format(u.NominalIndex, 6, culture), u.NominalBand ?? string.Empty,
                u.MedianRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, u.Rank5?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                u.Rank95?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, u.RankLow?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                u.RankHigh?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                Numbers.Format(u.IndexMin, 6, culture), Numbers.Format(u.IndexMax, 6, culture),
                u.NominalBandProbability is { } p ? Numbers.Format(p, 6, culture) : string.Empty,
                .. u.Bands.Select(b => Numbers.Format(b.Probability, 6, culture)),
            ];
        }
    }

    internal static string ToJson(RobustnessReport report, SensitivityReport? sensitivity = null)
    {
        var f = report.Factors;
        var root = new JsonObject
        {
            ["framework"] = new JsonObject { ["id"] = report.Framework.Id, ["version"] = report.Framework.Version, ["contentHash"] = report.Framework.ContentHash },
            ["draws"] = report.Draws,
            ["seed"] = report.Seed,
            ["method"] = report.Method,
            ["factors"] = new JsonObject
            {
                ["weightNoise"] = f.WeightNoise,
                ["weightLevel"] = f.WeightLevel == 1 ? "area" : "criterion",
                ["weightedNodes"] = new JsonArray([.. report.WeightedNodes.Select(w => (JsonNode)new JsonObject { ["code"] = w.Code, ["name"] = w.Name, ["maxPoints"] = w.MaxPoints })]),
                ["cutOffAlternatives"] = new JsonArray([.. f.CutOffAlternatives.Select(c => (JsonNode)new JsonArray([.. c.Select(x => (JsonNode)JsonValue.Create(x))]))]),
                ["notApplicableAlternatives"] = new JsonArray([.. f.NotApplicableAlternatives.Select(p => (JsonNode)JsonValue.Create(p.ToString()))]),
                ["manualNoise"] = f.ManualNoise,
            },
            ["bands"] = new JsonArray([.. report.BandLabels.Select(l => (JsonNode)JsonValue.Create(l))]),
            ["units"] = new JsonArray([.. report.Units.Select(u => (JsonNode)new JsonObject
            {
                ["unitId"] = u.UnitId,
                ["unitName"] = u.UnitName,
                ["block"] = u.Block,
                ["nominalIndex"] = u.NominalIndex,
                ["nominalRank"] = u.NominalRank,
                ["nominalBand"] = u.NominalBand,
                ["medianRank"] = u.MedianRank,
                ["rankP5"] = u.Rank5,
                ["rankP95"] = u.Rank95,
                ["rankLow"] = u.RankLow,
                ["rankHigh"] = u.RankHigh,
                ["indexMin"] = u.IndexMin,
                ["indexMax"] = u.IndexMax,
                ["bandProbabilities"] = new JsonObject([.. u.Bands.Select(b => KeyValuePair.Create(b.Band, (JsonNode?)JsonValue.Create(b.Probability)))]),
            })]),
        };
        if (sensitivity is not null)
        {
            root["sensitivity"] = new JsonObject
            {
                ["target"] = sensitivity.Options.Target == SensitivityTarget.MeanAbsoluteRankShift ? "meanAbsoluteRankShift" : "unitIndex",
                ["unitId"] = sensitivity.Options.UnitId,
                ["baseSamples"] = sensitivity.Options.BaseSamples,
                ["runs"] = sensitivity.Runs,
                ["mean"] = sensitivity.Mean,
                ["variance"] = sensitivity.Variance,
                ["factors"] = new JsonArray([.. sensitivity.Factors.Select(f => (JsonNode)new JsonObject
                {
                    ["code"] = f.Node.Code, ["name"] = f.Node.Name,
                    ["firstOrder"] = f.Indices.FirstOrder, ["firstOrderLow"] = f.Indices.FirstOrderLow, ["firstOrderHigh"] = f.Indices.FirstOrderHigh,
                    ["total"] = f.Indices.Total, ["totalLow"] = f.Indices.TotalLow, ["totalHigh"] = f.Indices.TotalHigh,
                })]),
            };
        }
        return root.ToJsonString(JsonOptions) + "\n";
    }

    internal static JsonSerializerOptions JsonOptions { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
