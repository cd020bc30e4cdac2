using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace CouncilMinutes.Tests.Functions;

/// <summary>The Functions app's own files (host.json, local.settings.sample.json), read as the Functions host reads them.</summary>
internal static class FunctionsHost
{
    /// <summary>The configuration the app sees with local.settings.sample.json: its Values become settings, "__" separating sections.</summary>
    public static IConfigurationRoot SampleSettings(IDictionary<string, string?>? overrides = null)
    {
        var values = SampleValues().Select(v => KeyValuePair.Create(v.Key.Replace("__", ":", StringComparison.Ordinal), (string?)v.Value));
        return new ConfigurationBuilder().AddInMemoryCollection(values).AddInMemoryCollection(overrides ?? new Dictionary<string, string?>()).Build();
    }

    /// <summary>The Values of local.settings.sample.json as written: the app settings func start puts in the worker's environment.</summary>
    public static Dictionary<string, string> SampleValues()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "local.settings.sample.json")));
        return sample.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetString() ?? "", StringComparer.Ordinal);
    }

    /// <summary>Functions/host.json.</summary>
    public static JsonElement HostJson()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Functions", "host.json")));
        return host.RootElement.Clone();
    }
}
