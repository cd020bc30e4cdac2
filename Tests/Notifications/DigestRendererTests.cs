using System.Text;
using System.Text.Json;
using CouncilMinutes.Ingestion.Notifications;

namespace CouncilMinutes.Tests.Notifications;

/// <summary>What a digest looks like to its reader: subject, bodies and webhook JSON, with the document's words encoded.</summary>
public class DigestRendererTests
{
    private static readonly Digest Halton = new()
    {
        DigestId = "d1",
        MeetingKey = "children-young-people-and-families-policy-and-performance-board_2024-09-09",
        Committee = "Children Young People and Families Policy and Performance Board",
        MeetingDate = new DateOnly(2024, 9, 9),
        Owner = "Executive Director of Children's Services",
        OwnerSlug = "executive-director-of-childrens-services",
        Actions =
        [
            new("a1", "CYP14", "CHILDREN'S SOCIAL CARE UPDATE", "A further update would be provided at a future meeting of the Board", "future meeting"),
            new("a2", "CYP14", "CHILDREN'S SOCIAL CARE UPDATE", "Figures to be circulated", null),
            new("a3", "CYP16", "FOSTERING", "The comments would be passed onto the Fostering Board", null),
        ],
        SourceLink = new Uri("https://councillors.halton.gov.uk/ieListDocuments.aspx?CId=1&MId=2"),
    };

    [Fact]
    public void Each_action_carries_its_done_and_not_mine_links_where_they_are_configured()
    {
        var done = new Uri("https://minutes.example.gov.uk/act/a1.done.1796547600.sig");
        var notMine = new Uri("https://minutes.example.gov.uk/act/a1.not-mine.1796547600.sig");
        var message = DigestRenderer.Render(Halton with { Actions = [Halton.Actions[0] with { DoneLink = done, NotMineLink = notMine }, Halton.Actions[1]] });

        Assert.Contains($"  Done? {done}", message.Text, StringComparison.Ordinal);
        Assert.Contains($"  Not yours? {notMine}", message.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{done}\">Done</a> · <a href=\"{notMine}\">Not mine</a>", message.Html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(message.Html, ">Done</a>"));
        Assert.Contains(notMine.AbsoluteUri, Encoding.UTF8.GetString(message.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_counts_the_actions_and_names_the_committee_shortened_and_the_date() =>
        Assert.Equal("3 actions for you from Children Young People and Families PPB, 9 Sep 2024", DigestRenderer.Render(Halton).Subject);

    [Fact]
    public void Both_bodies_list_each_action_under_its_item_with_its_due_hint_and_the_link()
    {
        var message = DigestRenderer.Render(Halton);

        foreach (var body in new[] { message.Text, message.Html })
        {
            Assert.Contains("CYP14 CHILDREN", body, StringComparison.Ordinal);
            Assert.Contains("CYP16 FOSTERING", body, StringComparison.Ordinal);
            Assert.Contains("Due: future meeting", body, StringComparison.Ordinal);
            Assert.Contains("Figures to be circulated", body, StringComparison.Ordinal);
        }

        Assert.Contains("The minutes: https://councillors.halton.gov.uk/ieListDocuments.aspx?CId=1&MId=2", message.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://councillors.halton.gov.uk/ieListDocuments.aspx?CId=1&amp;MId=2\"", message.Html, StringComparison.Ordinal);
        Assert.True(message.Text.IndexOf("CYP14", StringComparison.Ordinal) < message.Text.IndexOf("CYP16", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_from_the_document_are_html_encoded_and_the_subject_stays_one_line()
    {
        var hostile = Halton with
        {
            Committee = "Board <img src=x onerror=alert(1)>\r\nBcc: all@council.gov.uk",
            Actions = [new("a1", "<b>1</b>", "Title & \"quotes\"", "<script>alert('x')</script> to be done", "<i>soon</i>")],
        };

        var message = DigestRenderer.Render(hostile);

        Assert.DoesNotContain("<script>", message.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", message.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>1", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>soon", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message.Subject);
        Assert.DoesNotContain('\r', message.Subject);
    }

    [Fact]
    public void A_link_that_is_not_http_is_never_written()
    {
        var message = DigestRenderer.Render(Halton with { SourceLink = new Uri("javascript:alert(1)") });

        Assert.DoesNotContain("javascript", message.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", message.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_fallback_digest_says_the_actions_are_unassigned_and_why()
    {
        var message = DigestRenderer.Render(Halton with { Owner = null, OwnerSlug = "unassigned", Unassigned = "The minutes give them to no one.", Actions = Halton.Actions.Take(1).ToList() });

        Assert.Equal("1 unassigned action from Children Young People and Families PPB, 9 Sep 2024", message.Subject);
        Assert.Contains("The minutes give them to no one.", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_webhook_json_carries_the_digest_and_its_actions()
    {
        using var json = JsonDocument.Parse(DigestRenderer.Render(Halton).Json);
        var root = json.RootElement;

        Assert.Equal("d1", root.GetProperty("digest_id").GetString());
        Assert.Equal("2024-09-09", root.GetProperty("meeting_date").GetString());
        Assert.Equal(["a1", "a2", "a3"], root.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("CYP16", root.GetProperty("actions")[2].GetProperty("item_number").GetString());
    }

    [Fact]
    public void A_signature_verifies_with_the_secret_and_not_when_the_body_or_secret_differs()
    {
        var body = Encoding.UTF8.GetBytes("{\"digest_id\":\"d1\"}");
        var signature = WebhookSignature.Sign(body, "s3cret");

        Assert.StartsWith("sha256=", signature, StringComparison.Ordinal);
        Assert.True(WebhookSignature.Verify(body, signature, "s3cret"));
        Assert.False(WebhookSignature.Verify(body, signature, "other"));
        Assert.False(WebhookSignature.Verify(Encoding.UTF8.GetBytes("{\"digest_id\":\"d2\"}"), signature, "s3cret"));
        Assert.False(WebhookSignature.Verify(body, null, "s3cret"));
    }
}
