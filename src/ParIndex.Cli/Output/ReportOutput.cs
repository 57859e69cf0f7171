using System.Globalization;
using System.Text;
using ParIndex.Cli.Files;
using ParIndex.Cli.Output.Html;
using ParIndex.Cli.Output.Xlsx;
using ParIndex.Engine.Reports;

namespace ParIndex.Cli.Output;

/// <summary>
/// The command line's only part in a report: choosing the writer for a format and the target it writes to. The
/// reports are built by the engine (<see cref="CohortReport"/>, <see cref="UnitLetter"/>); the writers render them.
/// </summary>
internal static class ReportOutput
{
    /// <summary>The formats that make a file, never the terminal.</summary>
    public static bool IsBinaryOrDocument(string format) => format is "xlsx" or "html";

    /// <summary>The writer of a format.</summary>
    public static IReportWriter Writer(string format, CultureInfo? culture, bool toFile) => format switch
    {
        "xlsx" => new WorkbookWriter(),
        "html" => new HtmlReportWriter(culture),
        "csv" => new CsvReportWriter(culture, byteOrderMark: toFile),
        "json" => new JsonReportWriter(),
        "md" => new MarkdownReportWriter(culture),
        _ => new TextReportWriter(culture),
    };

    /// <summary>
    /// The day a report says it was made: <c>--generated</c>, else SOURCE_DATE_EPOCH (seconds since 1970, the
    /// reproducible-builds convention), else today. Pinning it makes two runs give the same bytes.
    /// </summary>
    public static DateOnly Generated(string? option)
    {
        if (option is not null)
        {
            return DateOnly.TryParseExact(option, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new CliException($"--generated: '{option}' is not a date; expected yyyy-MM-dd (2024-01-15)");
        }
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (!string.IsNullOrWhiteSpace(epoch))
        {
            return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
                ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
                : throw new CliException($"SOURCE_DATE_EPOCH: '{epoch}' is not a number of seconds since 1970-01-01");
        }
        return DateOnly.FromDateTime(DateTime.Now);
    }

    /// <summary>Writes to the file (whole or not at all, <see cref="AtomicFile"/>), or to the terminal when none is given.</summary>
    public static void Write(CliContext context, string? path, Action<Stream> write)
    {
        if (path is null)
        {
            using var buffer = new MemoryStream();
            write(buffer);
            context.Out.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return;
        }
        WriteFile(context, path, write);
        context.Err.WriteLine($"wrote {path}");
    }

    /// <summary>Writes a file whole or not at all: a temporary file beside it, flushed, then renamed over it.</summary>
    public static void WriteFile(CliContext context, string path, Action<Stream> write) => AtomicFile.Write(context, path, write);

    /// <summary>A file name from a unit id: letters, digits, '-' and '_' kept, anything else as '_'.</summary>
    public static string FileName(string unitId)
    {
        var name = new string([.. unitId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_')]).Trim('.');
        return name.Length == 0 ? "_" : name.Length > 100 ? name[..100] : name;
    }
}
