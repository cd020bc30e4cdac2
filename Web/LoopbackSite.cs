using System.Net;
using CouncilMinutes.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouncilMinutes.Web;

/// <summary>The site on Kestrel, on loopback only: how <c>minutes serve</c>, the tests and the benchmark host it.</summary>
public static class LoopbackSite
{
    /// <summary>The site over the configured storage, listening on 127.0.0.1:<paramref name="port"/> (0: any free port).</summary>
    public static WebApplication Build(IConfiguration configuration, int port)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = WebApplication.CreateSlimBuilder();

        // It listens on loopback only, so whoever reaches the clerks' pages is on this machine: they need no sign-in unless a setting says otherwise.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Clerks:LocalWithoutSignIn"] = "true" });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddMinutesPipeline(builder.Configuration).AddMinutesSite(builder.Configuration);
        var app = builder.Build();
        app.UseMinutesSite();
        return app;
    }

    /// <summary>The address a started site listens on.</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}
