using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CouncilMinutes.Web;

/// <summary>
/// The whole site as one request delegate, for a host that routes every request to one handler of its own: the Functions
/// app's catch-all HTTP trigger hands each request here.
/// </summary>
public sealed class SiteRequests
{
    private readonly RequestDelegate _site;

    public SiteRequests(IServiceProvider services)
    {
        var app = new ApplicationBuilder(services);
        app.UseMinutesSite();
        _site = app.Build();
    }

    /// <summary>Serves <paramref name="context"/> as the site's own host would.</summary>
    public Task ServeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The host routed the request to its catch-all trigger; the site's routing skips a request that already has an endpoint.
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        return _site(context);
    }
}
