using System.Text.Json;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Infrastructure;

/// <summary>What infra/ deploys to Azure is what the code uses.</summary>
public class InfrastructureTests
{
    // On Azure the containers, tables and queues come from the Bicep deployment (infra/main.bicep reads this file); one
    // the code uses but the deployment lacks fails only there, at the first document or message that needs it.
    [Fact]
    public void The_Azure_deployment_creates_every_container_table_and_queue_the_pipeline_uses()
    {
        var root = AzuriteFixture.RepositoryRoot()
                   ?? throw new InvalidOperationException($"No folder holding Pipeline.sln above {AppContext.BaseDirectory}.");
        using var deployed = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "infra", "storage-names.json")));

        string[] Names(string kind) => [.. deployed.RootElement.GetProperty(kind).EnumerateArray().Select(name => name.GetString()!)];

        Assert.Equal(StorageNames.Containers, Names("containers"));
        Assert.Equal(StorageNames.Tables, Names("tables"));
        Assert.Equal(StorageNames.Queues, Names("queues"));
    }
}
