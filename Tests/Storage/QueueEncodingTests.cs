using System.Text;
using Azure.Storage.Queues;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public class QueueEncodingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Messages_sent_through_the_pipelines_queue_clients_are_base64_on_the_wire()
    {
        var name = AzuriteFixture.UniqueName("encoding");
        var queue = new StorageClients(azurite.Options).Queues.GetQueueClient(name);
        await queue.CreateAsync();
        const string payload = """{"actionId":"a1","owner":"Director of Finance – £5k"}""";

        await queue.SendMessageAsync(payload);

        // A plain client does no decoding, so it sees the text exactly as the Functions queue trigger will.
        var raw = new QueueClient(azurite.ConnectionString, name);
        var received = Assert.Single((await raw.ReceiveMessagesAsync(maxMessages: 1)).Value);
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)), received.MessageText);
        await queue.DeleteAsync();
    }

    [Fact]
    public async Task The_pipelines_queue_clients_read_back_what_they_sent()
    {
        var name = AzuriteFixture.UniqueName("roundtrip");
        var queue = new StorageClients(azurite.Options).Queues.GetQueueClient(name);
        await queue.CreateAsync();

        await queue.SendMessageAsync("ring the Chair");

        var received = Assert.Single((await queue.ReceiveMessagesAsync(maxMessages: 1)).Value);
        Assert.Equal("ring the Chair", received.MessageText);
        await queue.DeleteAsync();
    }
}
