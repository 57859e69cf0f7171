namespace ParIndex.Cli.Inputs;

/// <summary>
/// A read-only stream that stops with <paramref name="tooLong"/>'s exception once more than <paramref name="maxBytes"/>
/// bytes were read: a zip entry's declared size can lie, the bytes actually inflated cannot.
/// </summary>
internal sealed class BoundedStream(Stream inner, long maxBytes, Func<Exception> tooLong) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private int Count(int n)
    {
        _read += n;
        if (_read > maxBytes) throw tooLong();
        return n;
    }
}
