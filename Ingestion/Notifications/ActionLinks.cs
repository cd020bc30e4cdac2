using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CouncilMinutes.Ingestion.FollowUp;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>Settings of the links a digest carries for each action ("done", "not mine"); none are written until both are set.</summary>
public sealed class ActionLinkOptions
{
    /// <summary>The settings section: <c>ActionLinks:Secret</c>.</summary>
    public const string SectionName = "ActionLinks";

    /// <summary>The key the links are signed with (HMAC-SHA256): an app setting from Key Vault in Azure, never in the repository.</summary>
    public string? Secret { get; set; }

    /// <summary>The site's public address the links go to (<c>https://minutes.example.gov.uk/</c>).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How long a link works: a digest is acted on within weeks, and an old forwarded email should not still change things.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(60);
}

/// <summary>What a link says: this action is done, or not its owner's, until the moment it expires.</summary>
public sealed record ActionLink(string ActionId, StatusOverride Word, DateTimeOffset Expires);

/// <summary>How a link checked out.</summary>
public enum ActionLinkCheck
{
    Valid,

    /// <summary>Not a link this site writes (cut short by a mail client, typed in).</summary>
    Malformed,

    /// <summary>Its signature does not match: changed, or signed with another key.</summary>
    Forged,

    Expired,
}

/// <summary>
/// The signed links that let an action's owner say, from the digest, that it is done or not theirs, without signing in:
/// <c>{action id}.{word}.{expiry}.{HMAC-SHA256 of those}</c>, in the path of <c>/act/</c>. The link only opens a page that asks;
/// the change is that page's POST, so a mail scanner following links changes nothing.
/// </summary>
public sealed class ActionLinks(IOptions<ActionLinkOptions> options, TimeProvider clock)
{
    private readonly ActionLinkOptions _options = options.Value;

    /// <summary>The words a digest offers.</summary>
    public static IReadOnlyList<StatusOverride> Offered { get; } = [StatusOverride.Done, StatusOverride.NotMine];

    /// <summary>True when a secret and the site's address are set.</summary>
    public bool Enabled => !string.IsNullOrEmpty(_options.Secret) && _options.BaseUrl is { IsAbsoluteUri: true };

    /// <summary>The link that says <paramref name="word"/> of the action, or null when links are not configured.</summary>
    public Uri? For(string actionId, StatusOverride word) =>
        Enabled ? new Uri(_options.BaseUrl!, $"act/{Token(new ActionLink(actionId, word, clock.GetUtcNow() + _options.Lifetime))}") : null;

    /// <summary>The token of a link (the part after <c>/act/</c>).</summary>
    public string Token(ActionLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var payload = $"{link.ActionId}.{ActionFollowUp.Name(link.Word)}.{link.Expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        return $"{payload}.{Signature(payload)}";
    }

    /// <summary>Reads and checks a token; <paramref name="link"/> is what it says when it is <see cref="ActionLinkCheck.Valid"/>.</summary>
    public ActionLinkCheck Check(string? token, out ActionLink? link)
    {
        link = null;
        if (!Enabled)
        {
            return ActionLinkCheck.Forged;
        }

        var parts = (token ?? "").Split('.');
        if (parts.Length != 4 || parts[0].Length == 0 || !TryWord(parts[1], out var word)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return ActionLinkCheck.Malformed;
        }

        var payload = string.Join('.', parts[..3]);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature(payload)), Encoding.ASCII.GetBytes(parts[3])))
        {
            return ActionLinkCheck.Forged;
        }

        link = new ActionLink(parts[0], word, DateTimeOffset.FromUnixTimeSeconds(seconds));
        return link.Expires < clock.GetUtcNow() ? ActionLinkCheck.Expired : ActionLinkCheck.Valid;
    }

    private static bool TryWord(string name, out StatusOverride word)
    {
        var offered = Offered.Where(w => ActionFollowUp.Name(w) == name).ToList();
        word = offered.FirstOrDefault();
        return offered.Count == 1;
    }

    private string Signature(string payload) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_options.Secret!), Encoding.UTF8.GetBytes(payload)));
}
