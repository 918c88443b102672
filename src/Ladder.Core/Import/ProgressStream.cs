namespace Ladder.Import;

/// <summary>A read-only wrapper that reports how far through the underlying file reading has got.</summary>
internal sealed class ProgressStream(Stream inner, long length, Action<long> report) : Stream
{
    private long _position;
    private long _lastReported = -1;

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count) => Track(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Track(inner.Read(buffer));

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    private int Track(int read)
    {
        _position += read;
        if (read == 0 || _position - _lastReported >= 256 * 1024)
        {
            _lastReported = _position;
            report(Math.Min(_position, length));
        }
        return read;
    }

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
