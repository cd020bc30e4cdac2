using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public class StorageInitializerTests(AzuriteFixture azurite)
{
    private static readonly StorageResource[] Everything =
    [
        .. StorageNames.Containers.Select(n => new StorageResource(StorageResourceKind.Container, n)),
        .. StorageNames.Tables.Select(n => new StorageResource(StorageResourceKind.Table, n)),
        .. StorageNames.Queues.Select(n => new StorageResource(StorageResourceKind.Queue, n)),
    ];

    [Fact]
    public void The_pipeline_has_three_containers_fourteen_tables_and_a_queue_with_its_poison_queue()
    {
        Assert.Equal(["minutes-inbox", "minutes-parsed", "minutes-quarantine"], StorageNames.Containers);
        Assert.Equal(["Meetings", "Items", "Resolutions", "Attendance", "Actions", "ActionsByOwner", "Documents", "Owners", "Notifications", "ScrapeState",
            "FollowUps", "ActionHistory", "ActionIds", "MeetingCalendar"],
            StorageNames.Tables);
        Assert.Equal(["action-notifications", "action-notifications-poison"], StorageNames.Queues);
    }

    [Fact]
    public async Task Init_leaves_every_container_table_and_queue_in_the_account()
    {
        var clients = new StorageClients(azurite.Options);

        var report = await new StorageInitializer(clients).InitializeAsync(CancellationToken.None);

        Assert.Equal(Sorted(Everything), Sorted([.. report.Created, .. report.Found]));
        Assert.Equal(Sorted(Everything), Sorted(await ExistingAsync(clients)));
    }

    [Fact]
    public async Task Init_on_an_empty_account_creates_everything_and_a_second_init_finds_everything()
    {
        var empty = new AzuriteFixture();
        await empty.InitializeAsync();
        try
        {
            var initializer = new StorageInitializer(new StorageClients(empty.Options));

            var first = await initializer.InitializeAsync(CancellationToken.None);
            var second = await initializer.InitializeAsync(CancellationToken.None);

            Assert.Equal(Sorted(Everything), Sorted(first.Created));
            Assert.Empty(first.Found);
            Assert.Empty(second.Created);
            Assert.Equal(Sorted(Everything), Sorted(second.Found));
        }
        finally
        {
            await empty.DisposeAsync();
        }
    }

    [Fact]
    public async Task Concurrent_inits_all_succeed_and_each_resource_is_created_exactly_once()
    {
        var empty = new AzuriteFixture();
        await empty.InitializeAsync();
        try
        {
            // Separate clients, as separate Functions instances starting together would have.
            var reports = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
                Task.Run(() => new StorageInitializer(new StorageClients(empty.Options)).InitializeAsync(CancellationToken.None))));

            Assert.Equal(Sorted(Everything), Sorted(reports.SelectMany(r => r.Created)));
            Assert.All(reports, r => Assert.Equal(Sorted(Everything), Sorted([.. r.Created, .. r.Found])));
            Assert.Equal(Sorted(Everything), Sorted(await ExistingAsync(new StorageClients(empty.Options))));
        }
        finally
        {
            await empty.DisposeAsync();
        }
    }

    [Fact]
    public async Task Init_against_a_stopped_azurite_names_the_endpoint_that_did_not_answer()
    {
        var stopped = new AzuriteFixture();
        await stopped.InitializeAsync();
        await stopped.StopAsync(CancellationToken.None);
        try
        {
            var error = await Assert.ThrowsAsync<StorageUnreachableException>(() =>
                new StorageInitializer(new StorageClients(stopped.Options)).InitializeAsync(CancellationToken.None));

            Assert.Contains(error.Endpoint, new[] { stopped.BlobEndpoint, stopped.QueueEndpoint, stopped.TableEndpoint });
            Assert.Contains(error.Endpoint!.ToString(), error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await stopped.DisposeAsync();
        }
    }

    private static async Task<List<StorageResource>> ExistingAsync(StorageClients clients)
    {
        var existing = new List<StorageResource>();
        await foreach (var container in clients.Blobs.GetBlobContainersAsync())
        {
            existing.Add(new StorageResource(StorageResourceKind.Container, container.Name));
        }

        await foreach (var table in clients.Tables.QueryAsync(default(string)))
        {
            existing.Add(new StorageResource(StorageResourceKind.Table, table.Name));
        }

        await foreach (var queue in clients.Queues.GetQueuesAsync())
        {
            existing.Add(new StorageResource(StorageResourceKind.Queue, queue.Name));
        }

        // Other tests in the collection keep their own uniquely named resources beside the pipeline's.
        return [.. existing.Where(e => Everything.Contains(e))];
    }

    private static List<StorageResource> Sorted(IEnumerable<StorageResource> resources) =>
        [.. resources.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal)];
}
