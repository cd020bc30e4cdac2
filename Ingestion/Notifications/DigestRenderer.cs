using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>A digest as it is sent: a subject, a plain-text and an HTML body, and the JSON a webhook receives.</summary>
public sealed record RenderedDigest(string Subject, string Text, string Html, byte[] Json);

/// <summary>
/// Writes a digest for people to read. Everything taken from a document (committee, item titles, action texts, owner) is
/// HTML-encoded in the HTML body, and only an http(s) link is ever written as one.
/// </summary>
public static class DigestRenderer
{
    /// <summary>Well-known committee-name endings, shortened so a long committee name fits a subject line.</summary>
    private static readonly (string Phrase, string Short)[] CommitteeShortForms =
    [
        ("Policy and Performance Board", "PPB"),
        ("Overview and Scrutiny Committee", "O&S Committee"),
    ];

    private const int LongCommitteeName = 40;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static RenderedDigest Render(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var subject = Subject(digest);
        var text = Text(digest);
        var json = JsonSerializer.SerializeToUtf8Bytes(new
        {
            digest.DigestId,
            digest.MeetingKey,
            digest.Committee,
            MeetingDate = digest.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            digest.Owner,
            digest.Unassigned,
            Title = subject,
            Text = text,
            Link = Link(digest)?.AbsoluteUri,
            digest.Reminder,
            Actions = digest.Actions.Select(a => new
            {
                a.Id, a.ItemNumber, a.ItemTitle, a.Text, a.Due, DueDate = a.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DoneLink = a.DoneLink?.AbsoluteUri, NotMineLink = a.NotMineLink?.AbsoluteUri,
            }),
        }, JsonOptions);
        return new RenderedDigest(subject, text, Html(digest), json);
    }

    /// <summary>"3 actions for you from Children Young People and Families PPB, 9 Sep 2024"; "2 unassigned actions from …" for the fallback.</summary>
    public static string Subject(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var count = Count(digest.Actions.Count, digest.Unassigned is null ? "action" : "unassigned action");
        var whom = digest.Unassigned is null ? " for you" : "";
        var day = digest.MeetingDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var subject = digest.Reminder
            ? $"Overdue: {count}{whom}, due at {ShortCommittee(digest.Committee)} on {day}"
            : $"{count}{whom} from {ShortCommittee(digest.Committee)}, {day}";

        // A header must stay one line whatever the document held.
        return string.Concat(subject.Select(c => char.IsControl(c) ? ' ' : c));
    }

    /// <summary>The committee's name, its well-known ending shortened when the whole is long ("… Policy and Performance Board" to "… PPB").</summary>
    public static string ShortCommittee(string committee)
    {
        ArgumentNullException.ThrowIfNull(committee);
        if (committee.Length <= LongCommitteeName)
        {
            return committee;
        }

        foreach (var (phrase, shortForm) in CommitteeShortForms)
        {
            if (committee.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && committee.Length > phrase.Length)
            {
                return committee[..^phrase.Length] + shortForm;
            }
        }

        return committee;
    }

    private static string Text(Digest digest)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{digest.Committee}, {LongDate(digest)}")
            .AppendLine()
            .AppendLine(Lead(digest));
        foreach (var item in Items(digest))
        {
            text.AppendLine().AppendLine(item.Key);
            foreach (var action in item)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {action.Text}");
                if (action.DueText is { } due)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  Due: {due}");
                }

                if (action.DoneLink is { } done)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  Done? {done.AbsoluteUri}");
                }

                if (action.NotMineLink is { } notMine)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  Not yours? {notMine.AbsoluteUri}");
                }
            }
        }

        if (Link(digest) is { } link)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"The minutes: {link.AbsoluteUri}");
        }

        return text.ToString();
    }

    private static string Html(Digest digest)
    {
        static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">")
            .Append(CultureInfo.InvariantCulture, $"<p><strong>{E(digest.Committee)}</strong>, {E(LongDate(digest))}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>{E(Lead(digest))}</p>");
        foreach (var item in Items(digest))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(item.Key)}</h3><ul>");
            foreach (var action in item)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(action.Text)}");
                if (action.DueText is { } due)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<br><em>Due: {E(due)}</em>");
                }

                if (action.DoneLink is { } done && action.NotMineLink is { } notMine)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<br><a href=\"{E(done.AbsoluteUri)}\">Done</a> · <a href=\"{E(notMine.AbsoluteUri)}\">Not mine</a>");
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        if (Link(digest) is { } link)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(link.AbsoluteUri)}\">Read the minutes</a></p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Lead(Digest digest) => (digest.Unassigned, digest.Reminder) switch
    {
        (null, false) => $"The minutes give you {Count(digest.Actions.Count, "action")}, naming you as {digest.Owner}.",
        (null, true) => $"These actions, given to you as {digest.Owner}, were due at the meeting on {LongDate(digest)}, and its minutes do not show them done. "
                        + "If they are done, or not yours, reply to say so.",
        (_, false) => $"These actions have not reached an owner. {digest.Unassigned}",
        (_, true) => $"These actions were due at the meeting on {LongDate(digest)}, its minutes do not show them done, and they have not reached an owner. {digest.Unassigned}",
    };

    /// <summary>The actions under their item ("CYP14 Children's Social Care Update"), items in the order they first appear.</summary>
    private static IEnumerable<IGrouping<string, DigestAction>> Items(Digest digest) =>
        digest.Actions.GroupBy(a => string.Join(' ', new[] { a.ItemNumber, a.ItemTitle }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } heading ? heading : "Item",
            StringComparer.Ordinal);

    private static Uri? Link(Digest digest) => digest.SourceLink is { IsAbsoluteUri: true, Scheme: "https" or "http" } link ? link : null;

    private static string LongDate(Digest digest) => digest.MeetingDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
