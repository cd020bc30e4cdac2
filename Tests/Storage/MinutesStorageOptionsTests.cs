using CouncilMinutes.Cli;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Tests.Storage;

/// <summary>The <c>MinutesStorage</c> setting in the shapes Azure Functions gives it; no storage is contacted.</summary>
public class MinutesStorageOptionsTests
{
    private static MinutesStorageOptions Bound(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddMinutesStorage(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<MinutesStorageOptions>>().Value;
    }

    [Fact]
    public void Unset_means_azurite_on_its_standard_ports()
    {
        var options = Bound();

        Assert.False(options.IsIdentityBased);
        Assert.Equal("UseDevelopmentStorage=true", options.EffectiveConnectionString);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), new StorageClients(options).Blobs.Uri);
    }

    [Fact]
    public void The_settings_own_value_is_a_connection_string()
    {
        const string connection = "DefaultEndpointsProtocol=https;AccountName=minutes;AccountKey=a2V5;EndpointSuffix=core.windows.net";

        var options = Bound(("MinutesStorage", connection));

        Assert.Equal(connection, options.EffectiveConnectionString);
        var clients = new StorageClients(options);
        Assert.Equal(new Uri("https://minutes.blob.core.windows.net/"), clients.Blobs.Uri);
        Assert.Equal(new Uri("https://minutes.queue.core.windows.net/"), clients.Queues.Uri);
        Assert.Equal(new Uri("https://minutes.table.core.windows.net/"), clients.Tables.Uri);
    }

    [Fact]
    public void Service_uris_beneath_the_setting_make_an_identity_based_connection_as_in_azure_functions()
    {
        var options = Bound(
            ("MinutesStorage:blobServiceUri", "https://minutes.blob.core.windows.net"),
            ("MinutesStorage:queueServiceUri", "https://minutes.queue.core.windows.net"),
            ("MinutesStorage:tableServiceUri", "https://minutes.table.core.windows.net"),
            ("MinutesStorage:clientId", "00000000-0000-0000-0000-000000000001"));

        Assert.True(options.IsIdentityBased);
        Assert.Equal("00000000-0000-0000-0000-000000000001", options.ClientId);
        var clients = new StorageClients(options);
        Assert.Equal("minutes", clients.Blobs.AccountName);
        Assert.Equal(new Uri("https://minutes.table.core.windows.net"), clients.Tables.Uri);
    }

    [Fact]
    public void A_partial_identity_based_setting_is_refused_naming_each_missing_uri()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bound(("MinutesStorage:tableServiceUri", "https://minutes.table.core.windows.net")));

        Assert.Contains(error.Failures, f => f.Contains("blobServiceUri is missing", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("queueServiceUri is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_connection_string_and_service_uris_together_are_refused()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bound(
            ("MinutesStorage", "UseDevelopmentStorage=true"),
            ("MinutesStorage:blobServiceUri", "https://minutes.blob.core.windows.net"),
            ("MinutesStorage:queueServiceUri", "https://minutes.queue.core.windows.net"),
            ("MinutesStorage:tableServiceUri", "https://minutes.table.core.windows.net")));

        Assert.Contains(error.Failures, f => f.Contains("not both", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_without_repeating_it()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new StorageClients(new MinutesStorageOptions { ConnectionString = "AccountKey=secret;nonsense" }));

        Assert.Contains("not a usable storage connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_takes_a_top_level_setting_but_not_a_commands_own_option()
    {
        string[] args = ["storage", "init", "--MinutesStorage=UseDevelopmentStorage=true", "--MinutesStorage:clientId=abc", "--min-score=items=0.9", "--json"];

        var (settings, command) = MinutesCommandLine.SplitSettings(args);

        Assert.Equal(["--MinutesStorage=UseDevelopmentStorage=true", "--MinutesStorage:clientId=abc"], settings);
        Assert.Equal(["storage", "init", "--min-score=items=0.9", "--json"], command);
    }
}
