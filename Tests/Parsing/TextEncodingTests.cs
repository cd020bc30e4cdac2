using System.Text;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>Text documents are read in the encoding they were written in: curly quotes and dashes come out as written.</summary>
public class TextEncodingTests
{
    private const string Minutes = """
        PLANNING COMMITTEE

        Minutes of the meeting held on 12 March 2024

        Present: Councillors Smith (Chair), O’Brien and Jones

        1. Application 24/0012 – “The Old Forge”

        The Committee considered the officer’s report.

        RESOLVED: That permission be granted – subject to the conditions in the “Schedule”.
        """;

    static TextEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => new()
    {
        "utf-8", "utf-8 with BOM", "windows-1252", "utf-16LE with BOM", "utf-16BE with BOM", "utf-16LE", "utf-16BE",
        "utf-32LE with BOM", "utf-32BE with BOM", "utf-32LE", "utf-32BE",
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Curly_quotes_and_dashes_read_as_written_in_every_encoding(string encoding)
    {
        var result = Parse.Bytes(Encode(encoding), "minutes.txt");

        var item = Assert.Single(result.Meeting!.Items);
        Assert.Equal("Application 24/0012 – “The Old Forge”", item.Title);
        Assert.Equal("That permission be granted – subject to the conditions in the “Schedule”.", Assert.Single(item.Resolutions).Text);
        Assert.Contains(result.Meeting.Attendance.Present, p => p.Name == "O’Brien");
        Assert.DoesNotContain(item.Title!, c => char.IsControl(c));
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u2060')]
    [InlineData('\u00AD')]
    public void An_invisible_character_after_every_line_hides_no_label_or_heading(char invisible)
    {
        var text = string.Join('\n', Minutes.Split('\n').Select(line => line.Length > 0 ? line + invisible : line));

        var meeting = Parse.Bytes(Encoding.UTF8.GetBytes(text), "minutes.txt").Meeting!;

        Assert.Equal("Application 24/0012 – “The Old Forge”", Assert.Single(meeting.Items).Title);
        Assert.Equal(3, meeting.Attendance.Present.Count);
        Assert.DoesNotContain(invisible, Assert.Single(meeting.Items[0].Resolutions).Text);
    }

    private static byte[] Encode(string name)
    {
        var withBom = name.EndsWith(" with BOM", StringComparison.Ordinal);
        var encoding = Encoding.GetEncoding(withBom ? name[..^" with BOM".Length] : name);
        var bytes = encoding.GetBytes(Minutes);
        return withBom ? [.. encoding.GetPreamble(), .. bytes] : bytes;
    }
}
