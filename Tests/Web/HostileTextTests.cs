using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Web;

/// <summary>Markup in a document reaches a page as text: the page components encode it, and the policy forbids script anyway.</summary>
public sealed class HostileTextTests
{
    [Fact]
    public async Task Markup_in_a_documents_titles_and_actions_is_shown_as_text()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var minutes = File.ReadAllText(Parse.CorpusPath("seeds", "003_9f354a2bdc014360.txt"))
            .Replace("Children's Social Care Update", "Children's Social Care <script>alert(1)</script> Update", StringComparison.Ordinal)
            .Replace("The Board received a report", "The Board received a <img src=x onerror=alert(2)> report", StringComparison.Ordinal);
        var result = await host.IngestAsync("hostile.txt", System.Text.Encoding.UTF8.GetBytes(minutes));
        await using var site = await RunningSite.StartAsync(host.Azurite!.ConnectionString);

        var page = await site.Client.GetStringAsync(new Uri($"/meetings/{result.MeetingKey}", UriKind.Relative));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
    }
}
