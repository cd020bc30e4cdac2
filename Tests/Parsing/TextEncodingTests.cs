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

    private static byte[] Encode(string name)
    {
        var withBom = name.EndsWith(" with BOM", StringComparison.Ordinal);
        var encoding = Encoding.GetEncoding(withBom ? name[..^" with BOM".Length] : name);
        var bytes = encoding.GetBytes(Minutes);
        return withBom ? [.. encoding.GetPreamble(), .. bytes] : bytes;
    }
}
