using System.IO.Compression;
using System.Text;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>Documents that cannot be read at all come back with a typed reason and words a clerk can act on.</summary>
public class UnreadableDocumentTests
{
    [Fact]
    public void An_empty_document_is_reported_as_empty()
    {
        var result = Parse.Bytes([], "minutes.pdf");

        Assert.Equal(UnreadableReason.Empty, result.Failure?.Reason);
    }

    [Fact]
    public void Whitespace_only_text_is_reported_as_empty()
    {
        Assert.Equal(UnreadableReason.Empty, Parse.Bytes("  \n\n \t \n"u8.ToArray()).Failure?.Reason);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused_without_reading_it_whole()
    {
        var parser = new MinutesParser(new DocumentLimits { MaxDocumentBytes = 1024 });
        await using var stream = new EndlessStream();

        var result = await parser.ParseAsync(stream, "huge.txt");

        Assert.Equal(UnreadableReason.TooLarge, result.Failure?.Reason);
        Assert.Contains("limit of 1 KB", result.Failure!.Message, StringComparison.Ordinal);
        Assert.True(stream.BytesRead <= 1024 + 81920, $"read {stream.BytesRead} bytes");
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, ".doc")]
    [InlineData(new byte[] { 0x7B, 0x5C, 0x72, 0x74, 0x66, 0x31 }, ".rtf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PDF")]
    public void Formats_we_do_not_read_are_named_as_unsupported(byte[] bytes, string advice)
    {
        var result = Parse.Bytes(bytes, "upload.bin");

        Assert.Equal(UnreadableReason.UnsupportedFormat, result.Failure?.Reason);
        Assert.Contains(advice, result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_unsupported()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/workbook.xml").Open();
            entry.Write(Encoding.UTF8.GetBytes("<workbook/>"));
        }

        var result = Parse.Bytes(buffer.ToArray(), "budget.xlsx");

        Assert.Equal(UnreadableReason.UnsupportedFormat, result.Failure?.Reason);
    }

    [Fact]
    public void Text_in_a_legacy_encoding_is_still_read()
    {
        var latin1 = Encoding.Latin1.GetBytes("Agenda item\n\nCaf\u00e9 licensing\n\nRESOLVED: That the licence be granted.\n");

        var result = Parse.Bytes(latin1);

        Assert.Equal("Caf\u00e9 licensing", result.Meeting?.Items.Single().Title);
    }

    /// <summary>A stream that never ends, counting what is read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }
    }
}
