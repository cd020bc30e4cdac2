using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Tests.Ingestion;

/// <summary>One set of quarantine reasons, under the names ledger rows and quarantined blobs already hold.</summary>
public class QuarantineReasonTests
{
    public static TheoryData<UnreadableReason> Unreadable => new(Enum.GetValues<UnreadableReason>());

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_document_the_parser_cannot_read_is_quarantined_under_the_parsers_name_for_why(UnreadableReason reason) =>
        Assert.Equal(reason.ToString(), reason.ToQuarantineReason().ToString());

    [Fact]
    public void The_reasons_are_the_names_stored_before_they_were_one_enum() =>
        Assert.Equal(
            [
                "Empty", "TooLarge", "UnsupportedFormat", "Encrypted", "NoTextLayer", "Corrupt", "NotMinutes", "OverLimit", "ParserFault", "NoMeetingDate",
                "NoCommittee", "StorageRefused", "PipelineFault",
            ],
            Enum.GetNames<QuarantineReason>());
}
