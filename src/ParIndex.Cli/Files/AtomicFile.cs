using System.Collections.Concurrent;

namespace ParIndex.Cli.Files;

/// <summary>
/// An output file written whole or not at all: the bytes go to a temporary file beside the target (same folder, so
/// the same file system), are flushed to disk, and only then renamed over the target. On any failure (a full disk,
/// no permission, an exception while writing) or cancellation (Ctrl+C) the temporary file is deleted and the target
/// is left exactly as it was: the previous good report is never lost, and no partial file is ever left behind.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly FileStream _file;
    private readonly ConcurrentDictionary<string, byte>? _pending;
    private bool _done;

    private AtomicFile(string target, string temporary, FileStream file, CancellationToken cancellationToken, ConcurrentDictionary<string, byte>? pending)
    {
        Target = target;
        TemporaryPath = temporary;
        _file = file;
        _pending = pending;
        Stream = new CancellableStream(file, cancellationToken);
    }

    /// <summary>The file written on <see cref="Commit"/>.</summary>
    public string Target { get; }

    /// <summary>Where the bytes go until then.</summary>
    public string TemporaryPath { get; }

    /// <summary>The stream to write; a write after cancellation throws <see cref="OperationCanceledException"/>.</summary>
    public Stream Stream { get; }

    /// <summary>The suffix of temporary files, so that a listing (or a test) can tell them apart.</summary>
    public const string TemporarySuffix = ".parindex-tmp";

    /// <summary>
    /// Opens a temporary file for <paramref name="target"/>. Refuses, with a message and exit 1: a folder that does not
    /// exist, a target that is a folder or a device, and a target that is one of the command's inputs (by identity).
    /// </summary>
    public static AtomicFile Open(CliContext context, string target)
    {
        ArgumentNullException.ThrowIfNull(context);
        var full = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
            throw new CliException($"{target}: thư mục '{folder}' không tồn tại (the folder does not exist); create it first or choose another --out");
        if (FileIdentity.Of(full) is { } existing)
        {
            if (existing.Kind == FileKind.Directory) throw new CliException($"{target}: là một thư mục (is a folder); expected a file name for --out");
            if (existing.Kind == FileKind.Special) throw new CliException($"{target}: không phải tệp thông thường (not a regular file: a device, FIFO or terminal); leave out --out to print to the terminal");
            context.RefuseIfInput(target, existing);
        }
        context.CancellationToken.ThrowIfCancellationRequested();
        var name = Path.GetFileName(full);
        var temporary = Path.Combine(folder, $".{(name.Length > 100 ? name[..100] : name)}.{Environment.ProcessId}.{Guid.NewGuid().ToString("N")[..8]}{TemporarySuffix}");
        FileStream file;
        try
        {
            file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{target}: không ghi được (could not write: {e.Message}); the previous file, if any, is unchanged");
        }
        context.PendingFiles.TryAdd(temporary, 0);
        return new AtomicFile(full, temporary, file, context.CancellationToken, context.PendingFiles);
    }

    /// <summary>Writes <paramref name="target"/> whole through <paramref name="write"/>, or leaves it untouched.</summary>
    public static void Write(CliContext context, string target, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var file = Open(context, target);
        try
        {
            write(file.Stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{target}: không ghi được (could not write: {e.Message}); the previous file, if any, is unchanged");
        }
        file.Commit();
    }

    /// <summary>Flushes to disk and renames over the target.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            Stream.Flush();
            _file.Flush(flushToDisk: true);
            _file.Dispose();
            ((CancellableStream)Stream).ThrowIfCancellationRequested();
            File.Move(TemporaryPath, Target, overwrite: true);
            _done = true;
            _pending?.TryRemove(TemporaryPath, out _);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abort();
            throw new CliException($"{Target}: không ghi được (could not write: {e.Message}); the previous file, if any, is unchanged");
        }
        catch
        {
            Abort();
            throw;
        }
    }

    /// <summary>Without <see cref="Commit"/>: the temporary file is deleted, the target untouched.</summary>
    public void Dispose()
    {
        if (!_done) Abort();
    }

    private void Abort()
    {
        _done = true;
        try
        {
            _file.Dispose();
        }
        catch (IOException)
        {
            // A full disk fails the final flush of the buffer too; the file is deleted below all the same.
        }
        Delete(TemporaryPath);
        _pending?.TryRemove(TemporaryPath, out _);
    }

    /// <summary>Deletes a temporary file, quietly: nothing more can be done about one that will not go.</summary>
    internal static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private sealed class CancellableStream(Stream inner, CancellationToken cancellationToken) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public void ThrowIfCancellationRequested() => cancellationToken.ThrowIfCancellationRequested();

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => inner.SetLength(value);

        public override void Write(byte[] buffer, int offset, int count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inner.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inner.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inner.WriteByte(value);
        }

        // The owner disposes the file itself: disposing this wrapper (a StreamWriter does) must not close it early.
        protected override void Dispose(bool disposing)
        {
            if (disposing && inner.CanWrite) inner.Flush();
        }
    }
}
