using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>The whole parsed JSON of the documents the product was specified from, so any change to it is seen and reviewed.</summary>
public class SnapshotTests
{
    public static TheoryData<string> Documents() =>
    [
        "seeds/000_92ce380786534001.txt",
        "seeds/001_8374e71d7d5c0b11.txt",
        "seeds/002_9a4f3b5bc54aca4e.txt",
        "seeds/003_9f354a2bdc014360.txt",
        "seeds/004_6e0a7cef810b3a72.txt",
        "printed/halton-cyp-2024-09-09.pdf",
        "printed/halton-cyp-2024-09-09.docx",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parsed_json_matches_its_approved_snapshot(string document)
    {
        var path = Parse.CorpusPath(document.Split('/'));
        var result = Parse.Bytes(File.ReadAllBytes(path), Path.GetFileName(path));

        var json = MinutesJsonMapper.ToJson(result.Meeting!, Path.GetFileName(path), result.Diagnostics).ToJson();

        Snapshot.Matches(Path.GetFileName(path), json);
    }
}
