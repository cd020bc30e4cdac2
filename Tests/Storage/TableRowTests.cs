using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Storage;

/// <summary>The typed rows keep the columns stored rows already have, so rows written before them read back.</summary>
[Collection(AzuriteCollection.Name)]
public class TableRowTests(AzuriteFixture azurite)
{
    /// <summary>Each table's columns as the pipeline has always stored them; a property renamed would leave its column unread.</summary>
    public static TheoryData<Type, string[]> Columns => new()
    {
        {
            typeof(MeetingRow),
            [
                "Status", "Scope", "Council", "Committee", "Date", "StartTime", "EndTime", "Venue", "PreviousMinutesDate", "ItemCount", "ResolutionCount",
                "ActionCount", "Source", "SourceUrl", "Version", "Writer", "WritingUntil", "ItemKeys", "ResolutionKeys", "AttendanceKeys", "Digests",
            ]
        },
        { typeof(ItemRow), ["Number", "Title", "Text", "TextTruncated", "Bullets", "Documents", "ActionOwner", "ResolutionCount", "ActionCount", "Version"] },
        { typeof(ResolutionRow), ["Text", "Marker", "Item", "ItemNumber", "Version"] },
        { typeof(AttendanceRow), ["Name", "Role", "Note", "Substitute", "Version"] },
        {
            typeof(ActionRow),
            [
                "Text", "Owner", "OwnerSlug", "OwnerSource", "Due", "DueKind", "Item", "ItemNumber", "ItemTitle", "Committee", "MeetingDate", "Version",
                "Ordinal", "Status", "NotifiedAt", "Unassigned",
            ]
        },
        {
            typeof(ActionByOwnerRow),
            [
                "Text", "Owner", "OwnerSlug", "OwnerSource", "Due", "DueKind", "Item", "ItemNumber", "ItemTitle", "Committee", "MeetingDate", "Version",
                "Ordinal", "Status", "NotifiedAt", "Unassigned", "MeetingKey",
            ]
        },
        {
            typeof(DocumentRow),
            ["BlobName", "Status", "ContentHash", "ParserVersion", "MeetingKey", "Reason", "Error", "Attempts", "Size", "UpdatedAt", "Claim", "ClaimedUntil"]
        },
        { typeof(OwnerRow), ["Name", "Aliases", "Emails", "Webhook"] },
        {
            typeof(NotificationRow),
            ["Status", "Channel", "Recipient", "MeetingKey", "Owner", "Subject", "Actions", "Attempts", "ClaimedUntil", "SentAt", "LastError"]
        },
        { typeof(CommitteeStateRow), ["CommitteeId", "Title", "LastRun", "LastError", "Cursor"] },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void A_row_type_has_the_columns_its_table_stores(Type rowType, string[] columns) =>
        Assert.Equal(columns.Order(StringComparer.Ordinal), TableColumns.Names(rowType).Order(StringComparer.Ordinal));

    [Fact]
    public async Task A_ledger_row_written_as_a_table_entity_reads_back_through_its_typed_row()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var name = AzuriteFixture.UniqueName("legacy") + "/minutes?.pdf";
        var updated = new DateTimeOffset(2025, 3, 4, 18, 30, 0, TimeSpan.Zero);

        // As the ledger wrote it before rows were typed: a number as Int64, a time as DateTime, the status by name.
        await host.Clients.Tables.GetTableClient(StorageNames.DocumentsTable).AddEntityAsync(new TableEntity(StorageNames.InboxContainer, TableKey.Escape(name))
        {
            ["BlobName"] = name, ["Status"] = "Failed", ["ContentHash"] = "abc", ["ParserVersion"] = "p1", ["Reason"] = "NoMeetingDate",
            ["Error"] = "No date.", ["Attempts"] = 2, ["Size"] = 5_000_000_000L, ["UpdatedAt"] = updated,
        });

        var record = await host.Service<DocumentLedger>().GetAsync(StorageNames.InboxContainer, name, CancellationToken.None);

        Assert.Equal(
            new DocumentRecord
            {
                Container = StorageNames.InboxContainer, BlobName = name, Status = DocumentStatus.Failed, ContentHash = "abc", ParserVersion = "p1",
                Reason = QuarantineReason.NoMeetingDate, Error = "No date.", Attempts = 2, Size = 5_000_000_000L, UpdatedAt = updated,
            },
            record);
    }
}
