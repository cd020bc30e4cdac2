using CouncilMinutes.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace CouncilMinutes.Tests.Web;

/// <summary>The site as <c>minutes serve</c> runs it, on a free loopback port, over an Azurite's storage; and a client for it.</summary>
internal sealed class RunningSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningSite(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<RunningSite> StartAsync(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MinutesStorage"] = connectionString })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var app = LoopbackSite.Build(configuration, 0);
        await app.StartAsync();
        return new RunningSite(app, LoopbackSite.Address(app));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
