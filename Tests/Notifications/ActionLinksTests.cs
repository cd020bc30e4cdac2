using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Notifications;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Tests.Notifications;

public class ActionLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    internal static ActionLinks Links(DateTimeOffset now, string? secret = "a test key, not a real one") =>
        new(Options.Create(new ActionLinkOptions { Secret = secret, BaseUrl = new Uri("https://minutes.example.gov.uk/") }), new FixedClock(now));

    [Fact]
    public void A_link_says_which_action_and_word_until_it_expires()
    {
        var link = Links(Now).For("f1ffa4bf81048faa", StatusOverride.Done)!;
        var token = link.Segments[^1];

        Assert.StartsWith("https://minutes.example.gov.uk/act/f1ffa4bf81048faa.done.", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(ActionLinkCheck.Valid, Links(Now.AddDays(59)).Check(token, out var read));
        Assert.Equal(new ActionLink("f1ffa4bf81048faa", StatusOverride.Done, Now.AddDays(60)), read);
        Assert.Equal(ActionLinkCheck.Expired, Links(Now.AddDays(61)).Check(token, out _));
    }

    [Theory]
    [InlineData("f1ffa4bf81048fab", "done")]
    [InlineData("f1ffa4bf81048faa", "not-mine")]
    public void A_link_whose_action_or_word_was_changed_is_forged(string action, string word)
    {
        var token = Links(Now).Token(new ActionLink("f1ffa4bf81048faa", StatusOverride.Done, Now.AddDays(1)));
        var parts = token.Split('.');

        Assert.Equal(ActionLinkCheck.Forged, Links(Now).Check(string.Join('.', action, word, parts[2], parts[3]), out _));
        Assert.Equal(ActionLinkCheck.Forged, Links(Now, "another key").Check(token, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("f1ffa4bf81048faa.done")]
    [InlineData("f1ffa4bf81048faa.open.1796547600.x")]
    [InlineData("f1ffa4bf81048faa.done.-5.x")]
    [InlineData("f1ffa4bf81048faa.done.99999999999999999999.x")]
    public void What_this_site_never_writes_is_malformed(string token) => Assert.Equal(ActionLinkCheck.Malformed, Links(Now).Check(token, out _));

    [Fact]
    public void Without_a_secret_no_link_is_written_or_accepted()
    {
        var links = Links(Now, secret: null);

        Assert.Null(links.For("f1ffa4bf81048faa", StatusOverride.Done));
        Assert.NotEqual(ActionLinkCheck.Valid, links.Check(Links(Now).Token(new ActionLink("f1ffa4bf81048faa", StatusOverride.Done, Now.AddDays(1))), out _));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
