using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace CouncilMinutes.Tests.Functions;

/// <summary>The Functions app's own files (host.json, local.settings.sample.json), read as the Functions host reads them.</summary>
internal static class FunctionsHost
{
    /// <summary>The configuration the app sees with local.settings.sample.json: its Values become settings, "__" separating sections.</summary>
    public static IConfigurationRoot SampleSettings(IDictionary<string, string?>? overrides = null)
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values").EnumerateObject()
            .Select(v => KeyValuePair.Create(v.Name.Replace("__", ":", StringComparison.Ordinal), (string?)v.Value.GetString()));
        return new ConfigurationBuilder().AddInMemoryCollection(values).AddInMemoryCollection(overrides ?? new Dictionary<string, string?>()).Build();
    }

    /// <summary>Functions/host.json.</summary>
    public static JsonElement HostJson()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Functions", "host.json")));
        return host.RootElement.Clone();
    }
}
