using CouncilMinutes.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CouncilMinutes.Functions;

/// <summary>Serves the site (pages, feeds, JSON, the action links, the clerks' pages): every path comes here, and the site routes it.</summary>
public sealed class ServeSite(SiteRequests site)
{
    // Anonymous at the function: residents' pages are public; the clerks' pages ask for App Service Authentication's principal.
    [Function(nameof(ServeSite))]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = "{*path}")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await site.ServeAsync(request.HttpContext).ConfigureAwait(false);
        // The site wrote the response itself.
        return Results.Empty;
    }
}
