using System.Text.Json;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Tests.Functions;

/// <summary>The deployment package <c>dotnet publish</c> makes of Functions/ holds what the Flex Consumption host needs to run it.</summary>
public class DeploymentPackageTests
{
    [Fact]
    public async Task The_package_holds_the_worker_its_host_files_and_the_host_extensions()
    {
        var app = await PublishedFunctionsApp.FolderAsync();

        foreach (var file in new[] { "CouncilMinutes.Functions.dll", "functions.metadata", "worker.config.json", "extensions.json", "host.json" })
        {
            Assert.True(File.Exists(Path.Combine(app, file)), $"{file} is missing from the package");
        }

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app, ".azurefunctions"), "*.dll"));
        // Secrets stay on the developer's machine.
        Assert.False(File.Exists(Path.Combine(app, "local.settings.json")));
    }

    [Fact]
    public async Task functions_metadata_declares_each_trigger_as_the_host_binds_it()
    {
        var functions = await MetadataAsync();

        var ingest = Trigger(functions, "IngestMinutes");
        Assert.Equal(("blobTrigger", $"{StorageNames.InboxContainer}/{{name}}", "EventGrid", MinutesStorageOptions.SectionName),
            (ingest.Type, ingest.Get("path"), ingest.Get("source"), ingest.Get("connection")));
        var notify = Trigger(functions, "NotifyActionOwners");
        Assert.Equal(("queueTrigger", StorageNames.ActionNotificationsQueue, MinutesStorageOptions.SectionName),
            (notify.Type, notify.Get("queueName"), notify.Get("connection")));
        var scrape = Trigger(functions, "ScrapePortal");
        Assert.Equal(("timerTrigger", "%ScrapeSchedule%"), (scrape.Type, scrape.Get("schedule")));
        var site = Trigger(functions, "ServeSite");
        // Every path and the methods the site answers, open to anyone: the site itself asks clerks to sign in.
        Assert.Equal(("httpTrigger", "{*path}", "Anonymous"), (site.Type, site.Get("route"), site.Get("authLevel")));
        Assert.Equal(["get", "head", "post"], site.Json.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(["IngestMinutes", "NotifyActionOwners", "ScrapePortal", "ServeSite"], functions.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_host_finds_the_worker_and_the_storage_extensions_the_triggers_need()
    {
        var app = await PublishedFunctionsApp.FolderAsync();

        using var worker = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(app, "worker.config.json")));
        var description = worker.RootElement.GetProperty("description");
        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.True(File.Exists(Path.Combine(app, description.GetProperty("defaultWorkerPath").GetString()!)));

        using var extensions = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(app, "extensions.json")));
        var listed = extensions.RootElement.GetProperty("extensions").EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("hintPath").GetString()!, StringComparer.Ordinal);
        Assert.Contains("AzureStorageBlobs", listed.Keys);
        Assert.Contains("AzureStorageQueues", listed.Keys);
        Assert.All(listed.Values, hint => Assert.True(File.Exists(Path.Combine(app, hint)), $"{hint} is missing from the package"));
    }

    private static async Task<Dictionary<string, JsonElement>> MetadataAsync()
    {
        var app = await PublishedFunctionsApp.FolderAsync();
        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(app, "functions.metadata")));
        return metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone(), StringComparer.Ordinal);
    }

    /// <summary>The one input binding of a function, which is its trigger.</summary>
    private static Binding Trigger(Dictionary<string, JsonElement> functions, string name) =>
        new(Assert.Single(functions[name].GetProperty("bindings").EnumerateArray(), b => b.GetProperty("direction").GetString() == "In"));

    private sealed record Binding(JsonElement Json)
    {
        public string? Type => Get("type");

        public string? Get(string property) => Json.TryGetProperty(property, out var value) ? value.GetString() : null;
    }
}
