namespace ParIndex.Engine.Reports;

/// <summary>Writes a <see cref="Report"/> in one format to a stream (a file, a temporary file renamed after, the terminal).</summary>
public interface IReportWriter
{
    /// <summary>The format's name, as the command line takes it ("csv").</summary>
    string Format { get; }

    /// <summary>Writes the report; the stream is left open.</summary>
    void Write(Report report, Stream output);
}
