using System.IO.Compression;
using System.Runtime.InteropServices;

namespace CouncilMinutes.Parsing.Limits;

/// <summary>
/// Reads a compressed part through the document's <see cref="ReadingBudget"/>: every byte it expands to is counted as it
/// comes, so a bomb is stopped at the limit instead of being expanded whole first.
/// </summary>
public static class InflationGuard
{
    private const int ScratchBytes = 64 * 1024;

    /// <summary>A read-only view of <paramref name="expanding"/> that charges each byte read to the budget.</summary>
    public static Stream Counted(Stream expanding, ReadingBudget budget, string what) => new CountingStream(expanding, budget, what);

    /// <summary>
    /// Expands Flate data (zlib-wrapped, or raw deflate) into nothing, only to count it: how PDF streams are checked before
    /// the PDF library decodes them. Data that is damaged part-way is counted as far as it goes; the library decides what to do with it.
    /// </summary>
    /// <exception cref="LimitExceededException">It expands past the part's or the document's limit.</exception>
    public static void CheckFlate(ReadOnlyMemory<byte> compressed, ReadingBudget budget, string what)
    {
        var span = compressed.Span;
        var zlibHeader = span.Length >= 2 && (span[0] & 0x0F) == 8 && (span[0] * 256 + span[1]) % 31 == 0;
        var deflate = compressed[(zlibHeader ? 2 : 0)..];
        using var stream = new DeflateStream(Over(deflate), CompressionMode.Decompress);
        using var counted = Counted(stream, budget, what);
        var scratch = new byte[ScratchBytes];
        try
        {
            while (counted.Read(scratch, 0, scratch.Length) > 0)
            {
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data ends the count where it breaks; what came before was counted.
        }
    }

    /// <summary>A stream over bytes already in memory, without copying them when they are an array's.</summary>
    private static MemoryStream Over(ReadOnlyMemory<byte> memory) => MemoryMarshal.TryGetArray(memory, out var segment)
        ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
        : new MemoryStream(memory.ToArray(), writable: false);

    private sealed class CountingStream(Stream inner, ReadingBudget budget, string what) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Charge(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Charge(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Charge(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Charge(int read)
        {
            _read += read;
            budget.ChargeInflated(what, _read, read);
            return read;
        }
    }
}
