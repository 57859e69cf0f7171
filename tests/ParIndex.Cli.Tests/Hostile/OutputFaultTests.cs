using System.Diagnostics;
using System.Text;
using FluentAssertions;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Files;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Tests.Support;
using ParIndex.Engine.Model;
using Xunit;

namespace ParIndex.Cli.Tests.Hostile;

/// <summary>
/// Issue 14, defects 4, 5 and 6, through the real command: an output that is an input is refused (by identity, not
/// spelling); a write that fails leaves the previous file as it was and no partial file; a signal in the middle of
/// a write stops the process with exit 130 and leaves no partial file. The catalogue entries are in docs/reliability.md.
/// </summary>
public class OutputFaultTests
{
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Interoperability", "SYSLIB1054", Justification = "Two ints; LibraryImport would need AllowUnsafeBlocks in the test project for nothing.")]
    private static extern int Signal(int pid, int signal);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "sigaction", SetLastError = true)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Interoperability", "SYSLIB1054", Justification = "As kill: LibraryImport would need AllowUnsafeBlocks in the test project for nothing.")]
    private static extern int QuerySignal(int signal, IntPtr action, byte[] previous);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "signal", SetLastError = true)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Interoperability", "SYSLIB1054", Justification = "As kill: LibraryImport would need AllowUnsafeBlocks in the test project for nothing.")]
    private static extern IntPtr SetSignalHandler(int signal, IntPtr handler);

    /// <summary>
    /// A shell without job control (a CI script's <c>cmd &amp;</c>) starts a background command with SIGINT ignored, and
    /// an ignored signal stays ignored in every process started below it, where .NET then never calls the CLI's
    /// handler. A terminal's Ctrl+C reaches a CLI started with the default disposition, so that is what the test
    /// gives the CLI it starts: when this process ignores SIGINT, it takes back the default (the `struct sigaction`
    /// of glibc starts with the handler; SIG_IGN is 1, SIG_DFL 0). True when it had to.
    /// </summary>
    private static bool UnignoreInterrupt()
    {
        var previous = new byte[256];
        if (QuerySignal(2, IntPtr.Zero, previous) != 0 || BitConverter.ToInt64(previous, 0) != 1) return false;
        SetSignalHandler(2, IntPtr.Zero);
        return true;
    }

    private const string Header = "unit_id,unit_name,block,stage,1,2,3,4,5,6,7,8";
    private const string Previous = "báo cáo năm trước, còn nguyên (last year's report, intact)\n";

    private static string Sheet(TempFolder temp, string name, int units)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < units; i++)
            text.Append(CultureInfoInvariant($"xa-{i:D7},Xã {i},{(i % 3 == 0 ? "xã" : "thị trấn")},,{20 + i % 2},{2 + i % 5},13,{12 + i % 7},8,{11 + i % 3},{3 + i % 5},{5 + i % 4}\n"));
        return temp.Write(name, text.ToString());
    }

    private static string CultureInfoInvariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Leftovers(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal))];

    private static void Link(string existing, string link, bool symbolic = false)
    {
        using var ln = Process.Start(new ProcessStartInfo("ln", symbolic ? ["-s", existing, link] : [existing, link]) { UseShellExecute = false })!;
        ln.WaitForExit();
        ln.ExitCode.Should().Be(0);
    }

    [Fact]
    public void An_output_that_is_the_input_sheet_through_a_hard_link_is_refused_and_the_sheet_is_kept()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var sheet = Sheet(temp, "nhap-lieu.csv", 10);
        var before = File.ReadAllBytes(sheet);
        var link = temp.File("ket-qua.csv");
        Link(sheet, link);

        var run = Parindex.Run("score", Parindex.ThanhTriFramework, sheet, "-f", "csv", "-o", link);

        run.Exit.Should().Be(1);
        run.Err.Should().Be($"{link}: tệp ghi ra chính là tệp đầu vào '{sheet}' (the output is the input file '{sheet}'); it would be overwritten. Choose another --out\n");
        File.ReadAllBytes(sheet).Should().Equal(before);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("template")]
    [InlineData("report-previous")]
    [InlineData("framework-symlink")]
    public void An_output_that_is_an_input_by_another_spelling_is_refused(string shape)
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("sub"));
        var sheet = Sheet(temp, "nhap-lieu.csv", 10);
        var framework = temp.File("framework.json");
        File.Copy(Parindex.ThanhTriFramework, framework);
        var previous = temp.File("nam-truoc.json");
        File.Copy(Parindex.ThanhTriInputs, previous);
        var respelt = (string file) => Path.Combine(temp.Path, "sub", "..", ".", Path.GetFileName(file));
        string[] args;
        string victim;
        switch (shape)
        {
            case "score":
                (victim, args) = (sheet, ["score", framework, sheet, "-f", "csv", "--out", respelt(sheet)]);
                break;
            case "template":
                (victim, args) = (sheet, ["template", framework, "--units", sheet, "--out", respelt(sheet)]);
                break;
            case "report-previous":
                (victim, args) = (previous, ["report", framework, sheet, "--previous", previous, "-o", respelt(previous)]);
                break;
            default:
                var alias = temp.File("alias.json");
                Link(framework, alias, symbolic: true);
                (victim, args) = (framework, ["score", framework, sheet, "-f", "json", $"--out={alias}"]);
                break;
        }
        var before = File.ReadAllBytes(victim);

        var run = Parindex.Run(args);

        run.Exit.Should().Be(1, run.Err);
        run.Err.Should().Contain("(the output is the input file").And.Contain("Choose another --out");
        File.ReadAllBytes(victim).Should().Equal(before);
    }

    [Fact]
    public void A_write_that_fails_leaves_the_previous_report_untouched_and_no_partial_file()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var sheet = Sheet(temp, "nhap-lieu.csv", 3000);
        var folder = temp.File("out");
        Directory.CreateDirectory(folder);
        // As root, a 64 KiB tmpfs fills up part way through the report; otherwise a read-only folder refuses the file.
        var mounted = Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder) == 0;
        try
        {
            var report = Path.Combine(folder, "ket-qua.csv");
            File.WriteAllText(report, Previous);
            if (!mounted) File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);

            var run = Parindex.Run("score", Parindex.ThanhTriFramework, sheet, "-f", "csv", "-o", report);

            run.Exit.Should().Be(1);
            run.Err.Should().StartWith($"{report}: không ghi được (could not write: ").And.EndWith("); the previous file, if any, is unchanged\n");
            if (mounted) run.Err.Should().Contain("No space left on device");
            File.ReadAllText(report).Should().Be(Previous);
            Leftovers(folder).Should().BeEmpty();
        }
        finally
        {
            if (mounted) Run("umount", folder);
            else File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_in_the_middle_of_a_write_stops_with_exit_130_and_leaves_no_partial_file(string signal)
    {
        if (OperatingSystem.IsWindows()) return;
        var wasIgnored = signal == "INT" && UnignoreInterrupt();
        // The signal is handled on another thread: on a busy machine that thread can be scheduled only after the writer
        // has finished and renamed the file, so the run ends 0 with a complete report, which is right for a signal that
        // came too late. Such a run tests nothing: it is run again with a larger sheet (a longer write). A CLI that
        // ignored the signal would end 0 every time and fail all three attempts.
        for (var attempt = 1; ; attempt++)
        {
            using var temp = new TempFolder();
            var (exitCode, errors, sawWrite, report) = await InterruptMidWrite(temp, signal, 300_000 << (attempt - 1));
            sawWrite.Should().BeTrue("the signal must arrive while the report is written (stderr: " + errors + ")");
            if (exitCode == 0 && attempt < 3 && File.ReadAllText(report) != Previous && Leftovers(temp.Path).Length == 0) continue;

            exitCode.Should().Be(130, "attempt {0}, SIGINT ignored by the test host: {1}; stderr: {2}", attempt, wasIgnored, errors);
            errors.Should().Contain("parindex: đã dừng (interrupted); no output file was written or changed");
            File.ReadAllText(report).Should().Be(Previous);
            Leftovers(temp.Path).Should().BeEmpty();
            return;
        }
    }

    private static async Task<(int ExitCode, string Errors, bool SawWrite, string Report)> InterruptMidWrite(TempFolder temp, string signal, int units)
    {
        var sheet = Sheet(temp, "nhap-lieu.csv", units);
        var report = temp.File("ket-qua.csv");
        File.WriteAllText(report, Previous);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(dotnet, [Path.Combine(AppContext.BaseDirectory, "parindex.dll"), "score", Parindex.ThanhTriFramework, sheet, "-f", "csv", "-o", report])
        {
            UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();

        // Wait until the report is being written (its temporary file exists), then interrupt.
        var sawWrite = false;
        while (!process.HasExited)
        {
            if (Leftovers(temp.Path).Length > 0)
            {
                sawWrite = true;
                // kill(2) directly: spawning /bin/kill takes longer than the streamed writer now needs to finish the file.
                Signal(process.Id, signal == "INT" ? 2 : 15).Should().Be(0);
                break;
            }
            Thread.Sleep(1);
        }
        await process.WaitForExitAsync();
        return (process.ExitCode, await stderr, sawWrite, report);
    }

    [Fact]
    public void A_fifo_as_input_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var fifo = temp.File("nhap-lieu.csv");
        Run("mkfifo", fifo).Should().Be(0);

        var run = Parindex.Run("score", Parindex.ThanhTriFramework, fifo);

        run.Exit.Should().Be(1);
        run.Err.Should().Be($"{fifo}: không phải tệp thông thường (not a regular file: a FIFO, device or socket); save the data to a file and give its name\n");
        Parindex.Run("validate", "/dev/zero").Err.Should().Contain("not a regular file");
    }

    [Fact]
    public void A_streamed_sheet_scores_as_the_cohort_held_in_memory_with_blocks_stages_errors_and_duplicates()
    {
        using var temp = new TempFolder();
        var sheet = temp.Write("nhap-lieu.csv", Header + "\n"
            + "a,Xã A,xã,appraisal1,20,6,13,18,8,13,7,8\n"
            + "b,Xã B,thị trấn,appraisal1,21,6,13,18,8,13,5,8\n"
            + "a,Xã A,xã,appraisal2,21,2,13,18,8,11,7,8\n"
            + "c,Xã C,,self,21,6,13,18,8,11,7,8\n"
            + "d,Xã D,xã,appraisal1,21,6,13,18,8,11,7,7.5\n"
            + "e,Xã E,xã,appraisal1,21,2,13,16,8,11,4,5\n"
            + "f,Xã F,,appraisal1,20,2,13,12,2,11,3,8\n"
            + "g,Xã G,thị trấn,appraisal1,20,6,13,18,8,13,7,8\n");

        var streamed = Parindex.Run("score", Parindex.ThanhTriFramework, sheet, "-f", "csv");

        var framework = Documents.LoadFramework(Parindex.ThanhTriFramework);
        var document = InputSheetReader.Read(CsvFile.Read(sheet), framework, Stage.Appraisal1).Document;
        var data = ParIndex.Engine.Reports.CohortReport.Data(CommonOptions.ScoreAll(framework, document, Stage.Final));
        using var inMemory = new MemoryStream();
        new ParIndex.Engine.Reports.CsvReportWriter().WriteTable(data, inMemory);
        streamed.Out.Should().Be(System.Text.Encoding.UTF8.GetString(inMemory.ToArray()));
        streamed.Exit.Should().Be(1);
        streamed.Err.Should().Contain("unit 'c': PI0402 không có kết quả thẩm định (Appraisal1 hoặc Appraisal2) để cho điểm chính thức; các giai đoạn có: SelfAssessment"
                + " — no appraisal (Appraisal1 or Appraisal2) to give the final score; stages present: SelfAssessment")
            .And.Contain("unit 'd', 8: PI0441 row 6, column '8'").And.Contain("7.5");
    }

    private static int Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { UseShellExecute = false, RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
