using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CouncilMinutes.Web.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Web.Clerks;

/// <summary>How clerks sign in (section <c>Clerks</c>).</summary>
public sealed class ClerkOptions
{
    public const string SectionName = "Clerks";

    /// <summary>
    /// In Azure, App Service Authentication (Microsoft Entra ID) signs people in and passes their principal in the
    /// <c>X-MS-CLIENT-PRINCIPAL</c> header, which the platform sets and strips from what callers send. Only then is the header
    /// trusted: anywhere else a caller could write it.
    /// </summary>
    public bool AppServiceAuthentication { get; set; }

    /// <summary>The app role (Entra ID) a clerk has.</summary>
    public string Role { get; set; } = "Clerk";

    /// <summary>Without sign-in, a request from this machine (loopback) is a clerk's: for <c>minutes serve</c>, which listens on loopback only.</summary>
    public bool LocalWithoutSignIn { get; set; }
}

/// <summary>
/// Reads who a request is: the principal App Service Authentication passes, or, where allowed, a local clerk on loopback.
/// A clerk's page without one sends the browser to sign in (in Azure) or says how to (elsewhere).
/// </summary>
public sealed class ClerkSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<ClerkOptions> clerks)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Clerks";
    public const string Policy = "Clerk";
    private const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    private readonly ClerkOptions _clerks = clerks.Value;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (_clerks.AppServiceAuthentication && Request.Headers[PrincipalHeader].FirstOrDefault() is { Length: > 0 } header)
        {
            return Task.FromResult(ReadAppServicePrincipal(header) is { } principal
                ? AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName))
                : AuthenticateResult.Fail("The sign-in principal could not be read."));
        }

        if (_clerks.LocalWithoutSignIn && Context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))
        {
            var local = new ClaimsIdentity([new Claim(ClaimTypes.Name, "clerk on this machine"), new Claim(ClaimTypes.Role, _clerks.Role)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(local), SchemeName)));
        }

        return Task.FromResult(AuthenticateResult.NoResult());
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_clerks.AppServiceAuthentication)
        {
            Response.Redirect($"/.auth/login/aad?post_login_redirect_uri={Uri.EscapeDataString(Request.Path + Request.QueryString)}");
            return;
        }

        await Message(StatusCodes.Status401Unauthorized, "Clerks sign in",
            "These pages are for the council's clerks. Sign-in is not configured here: run minutes serve on this machine, or sign in on the council's site.").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Message(StatusCodes.Status403Forbidden, "For clerks only", $"You are signed in, but without the {_clerks.Role} role these pages need. Ask the site's administrator for it.")
            .ExecuteAsync(Context);

    private static RazorComponentResult<MessagePage> Message(int status, string title, string message) =>
        new(new { Title = title, Message = message }) { StatusCode = status };

    /// <summary>The header's Base64 JSON (<c>auth_typ</c>, <c>claims</c> of <c>typ</c>/<c>val</c>, <c>name_typ</c>, <c>role_typ</c>) as a principal.</summary>
    private static ClaimsPrincipal? ReadAppServicePrincipal(string header)
    {
        try
        {
            var principal = JsonSerializer.Deserialize<AppServicePrincipal>(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            if (principal?.Claims is not { Count: > 0 } claims)
            {
                return null;
            }

            var identity = new ClaimsIdentity(claims.Where(c => c.Type is not null && c.Value is not null).Select(c => new Claim(c.Type!, c.Value!)),
                principal.AuthenticationType ?? SchemeName, principal.NameType ?? ClaimTypes.Name, principal.RoleType ?? ClaimTypes.Role);
            return new ClaimsPrincipal(identity);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed record AppServicePrincipal(
        [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
        [property: JsonPropertyName("claims")] List<AppServiceClaim>? Claims,
        [property: JsonPropertyName("name_typ")] string? NameType,
        [property: JsonPropertyName("role_typ")] string? RoleType);

    private sealed record AppServiceClaim([property: JsonPropertyName("typ")] string? Type, [property: JsonPropertyName("val")] string? Value);
}
