using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Ingestion;

/// <summary>The ledger row as a document's claim: one worker at a time, a dead worker's claim lapses, a finished read is not repeated.</summary>
[Collection(AzuriteCollection.Name)]
public class DocumentClaimTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task A_live_claim_holds_others_off_until_it_is_released_and_a_success_is_not_read_again()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var ledger = host.Service<DocumentLedger>();
        var name = AzuriteFixture.UniqueName("claim");

        var first = await ledger.ClaimAsync(StorageNames.InboxContainer, name, "hash-1", "p1", 10, force: false, Long, CancellationToken.None);
        await Assert.ThrowsAsync<DocumentBusyException>(() => ledger.ClaimAsync(StorageNames.InboxContainer, name, "hash-1", "p1", 10, false, Long, CancellationToken.None));

        await ledger.ReleaseAsync(first);
        var second = await ledger.ClaimAsync(StorageNames.InboxContainer, name, "hash-1", "p1", 10, false, Long, CancellationToken.None);
        Assert.Equal(2, second.Record.Attempts);

        // The first worker's claim was taken over: its outcome must not overwrite the second's.
        await Assert.ThrowsAsync<DocumentBusyException>(() => ledger.SucceededAsync(first, "meeting", CancellationToken.None));
        await ledger.SucceededAsync(second, "meeting", CancellationToken.None);

        var again = await ledger.ClaimAsync(StorageNames.InboxContainer, name, "hash-1", "p1", 10, false, Long, CancellationToken.None);
        Assert.True(again.AlreadyDone);
        Assert.Equal("meeting", again.Record.MeetingKey);
        Assert.False((await ledger.ClaimAsync(StorageNames.InboxContainer, name, "hash-1", "p1", 10, force: true, Long, CancellationToken.None)).AlreadyDone);
    }

    [Fact]
    public async Task A_lapsed_claim_is_taken_over_and_changed_content_is_read_again()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var ledger = host.Service<DocumentLedger>();
        var name = AzuriteFixture.UniqueName("claim");

        await ledger.ClaimAsync(StorageNames.InboxContainer, name, "hash-1", "p1", 10, false, TimeSpan.FromMilliseconds(1), CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(20));
        var taken = await ledger.ClaimAsync(StorageNames.InboxContainer, name, "hash-1", "p1", 10, false, Long, CancellationToken.None);
        await ledger.SucceededAsync(taken, "meeting", CancellationToken.None);

        var changed = await ledger.ClaimAsync(StorageNames.InboxContainer, name, "hash-2", "p1", 10, false, Long, CancellationToken.None);
        var newParser = await Assert.ThrowsAsync<DocumentBusyException>(() => ledger.ClaimAsync(StorageNames.InboxContainer, name, "hash-2", "p2", 10, false, Long, CancellationToken.None));

        Assert.False(changed.AlreadyDone);
        Assert.Equal(("meeting", 3), (changed.Record.MeetingKey, changed.Record.Attempts));
        Assert.Contains(name, newParser.Message, StringComparison.Ordinal);
    }
}
