using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>The one capped read behind the parser's stream entry and the ingestion's blob download.</summary>
public class CappedReadTests
{
    [Fact]
    public async Task Content_at_the_limit_is_read_whole_and_one_byte_more_is_refused()
    {
        var content = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();

        Assert.Equal(content, await CappedRead.ToArrayAsync(new MemoryStream(content), content.Length));
        Assert.Null(await CappedRead.ToArrayAsync(new MemoryStream(content), content.Length - 1));
    }

    [Fact]
    public async Task A_seekable_stream_over_the_limit_is_refused_before_a_byte_is_read()
    {
        using var stream = new MemoryStream(new byte[10_000]);

        Assert.Null(await CappedRead.ToArrayAsync(stream, 1024));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task Only_what_is_left_after_the_streams_position_counts()
    {
        using var stream = new MemoryStream(new byte[3000]) { Position = 2000 };

        Assert.Equal(1000, (await CappedRead.ToArrayAsync(stream, 1000))?.Length);
    }
}
