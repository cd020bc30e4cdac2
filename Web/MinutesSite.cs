using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Web.Api;
using CouncilMinutes.Web.Clerks;
using CouncilMinutes.Web.Feeds;
using CouncilMinutes.Web.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilMinutes.Web;

/// <summary>
/// The site as any host serves it: <see cref="AddMinutesSite"/> beside the pipeline's services, then <see cref="UseMinutesSite"/>.
/// Hosts add nothing of their own but where they listen.
/// </summary>
public static class MinutesSite
{
    /// <summary>
    /// What every response carries: no script at all, styles only from this site, no framing, no sniffing. A document's text
    /// is HTML-encoded by the page components; this is the second wall.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(MinutesSite).Assembly.GetManifestResourceStream("site.css")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IServiceCollection AddMinutesSite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ClerkOptions>().Bind(configuration.GetSection(ClerkOptions.SectionName));
        services.AddAuthentication(ClerkSignIn.SchemeName).AddScheme<AuthenticationSchemeOptions, ClerkSignIn>(ClerkSignIn.SchemeName, null);
        var role = configuration.GetSection(ClerkOptions.SectionName).Get<ClerkOptions>()?.Role ?? new ClerkOptions().Role;
        services.AddAuthorizationBuilder().AddPolicy(ClerkSignIn.Policy, policy => policy.AddAuthenticationSchemes(ClerkSignIn.SchemeName).RequireRole(role));
        services.AddRouting();
        services.AddRazorComponents();
        services.AddAntiforgery();
        services.AddProblemDetails();
        services.AddMinutesQueries();
        services.AddSingleton<SiteRequests>();
        services.AddDataProtection().SetApplicationName(SiteKeyRing.ApplicationName);
        services.AddSingleton<SiteKeyRing>();
        services.AddOptions<KeyManagementOptions>().Configure<SiteKeyRing>((keys, ring) => keys.XmlRepository = ring);
        return services;
    }

    /// <summary>The site's middleware and pages on <paramref name="app"/>: a host's own pipeline, or <see cref="SiteRequests"/>' inner one.</summary>
    public static IApplicationBuilder UseMinutesSite(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Set as the response starts, so that the failure page below, which clears what was set before, carries them too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        // A failure is logged by the handler middleware and shown as a page that says so, never as a stack trace.
        app.UseExceptionHandler(failed => failed.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return new RazorComponentResult<MessagePage>(new { Title = "Something went wrong", Message = "The page could not be shown. The failure was logged; try again in a moment." })
                { StatusCode = StatusCodes.Status500InternalServerError }.ExecuteAsync(context);
        }));

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseEndpoints(MapPages);
        return app;
    }

    private static void MapPages(IEndpointRouteBuilder app)
    {
        Read(app, "/", SitePages.CommitteesAsync);
        Read(app, "/search", SitePages.SearchAsync);
        Read(app, "/committees/{slug}", SitePages.CommitteeAsync);
        Read(app, "/meetings/{key}", SitePages.MeetingAsync);
        Read(app, "/owners/{slug}", SitePages.OwnerAsync);
        Read(app, "/actions/{id}", SitePages.ActionAsync);
        Read(app, "/committees/{slug}/feed.atom", SiteFeeds.CommitteeAsync);
        Read(app, "/owners/{slug}/feed.atom", SiteFeeds.OwnerAsync);
        Read(app, "/owners/{slug}/actions.ics", SiteFeeds.OwnerCalendarAsync);
        Read(app, "/act/{token}", ActionLinkPages.AskAsync);
        app.MapPost("/act/{token}", ActionLinkPages.AnswerAsync);
        var clerks = app.MapGroup("/clerk").RequireAuthorization(ClerkSignIn.Policy);
        Read(clerks, "", ClerkPages.QueueAsync);
        Read(clerks, "/document", ClerkPages.DocumentAsync);
        clerks.MapPost("/document", ClerkPages.MendAsync);
        Read(clerks, "/notifications", ClerkPages.NotificationsAsync);
        Read(app, "/api/meetings/{key}", SiteApi.MeetingAsync);
        Read(app, "/api/actions", SiteApi.ActionsAsync);
        Read(app, "/site.css", () => Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8"))
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "public, max-age=86400";
                return await next(context).ConfigureAwait(false);
            });
        app.MapFallback(() => SitePages.NotFound("Not found", "There is no page at this address."));
    }

    // Every page answers HEAD as it answers GET (the server sends the headers only): link checkers and feed readers ask it.
    private static RouteHandlerBuilder Read(IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], handler);
}
