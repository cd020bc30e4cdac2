namespace CouncilMinutes.Parsing.Limits;

/// <summary>Reads a stream into memory only while it stays within a byte limit, so a document over it is never loaded whole.</summary>
public static class CappedRead
{
    /// <summary>Bytes read at a time: Stream.CopyTo's own buffer size, under the large object heap's threshold.</summary>
    private const int ChunkBytes = 81920;

    /// <summary>The stream's remaining bytes, or null as soon as it proves to hold more than <paramref name="limit"/>.</summary>
    /// <param name="stream">The content; a seekable stream's length is checked before anything is read.</param>
    /// <param name="limit">The most bytes to hold (<see cref="DocumentLimits.MaxDocumentBytes"/>, say).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<byte[]?> ToArrayAsync(Stream stream, long limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
