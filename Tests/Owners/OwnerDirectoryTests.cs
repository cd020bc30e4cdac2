using CouncilMinutes.Ingestion.Owners;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Owners;

/// <summary>The <c>Owners</c> table on a real Azurite: each test keeps to a council of its own.</summary>
[Collection(AzuriteCollection.Name)]
public class OwnerDirectoryTests(AzuriteFixture azurite)
{
    private static readonly Owner Director = new("Executive Director of Children's Services", ["DCS"], ["dcs@halton.gov.uk"], new Uri("https://hooks.example.org/dcs?key=1"));
    private static readonly Owner Chief = new("Chief Executive", [], ["ceo@halton.gov.uk"], null);

    [Fact]
    public async Task An_import_stores_owners_as_given_and_importing_again_changes_nothing()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var directory = host.Service<OwnerDirectory>();
        var council = Council();

        var first = await directory.ImportAsync(council, [Director, Chief], CancellationToken.None);
        var again = await directory.ImportAsync(council.ToUpperInvariant(), [Director, Chief], CancellationToken.None);

        Assert.Equal(new OwnerImport(2, 0, 0, 0), first);
        Assert.Equal(new OwnerImport(0, 0, 2, 0), again);
        var stored = await directory.ListAsync(council, CancellationToken.None);
        Assert.Equal([Chief.Name, Director.Name], stored.Select(o => o.Name));
        Assert.Equal(Director.Aliases, stored[1].Aliases);
        Assert.Equal(Director.Emails, stored[1].Emails);
        Assert.Equal(Director.Webhook, stored[1].Webhook);
    }

    [Fact]
    public async Task A_later_file_updates_the_owners_it_names_and_keeps_the_others()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var directory = host.Service<OwnerDirectory>();
        var council = Council();
        await directory.ImportAsync(council, [Director, Chief], CancellationToken.None);

        var update = await directory.ImportAsync(council, [Chief with { Emails = ["chief.executive@halton.gov.uk"] }], CancellationToken.None);

        Assert.Equal(new OwnerImport(0, 1, 0, 1), update);
        var stored = await directory.ListAsync(council, CancellationToken.None);
        Assert.Equal(["chief.executive@halton.gov.uk"], stored.Single(o => o.Name == Chief.Name).Emails);
        Assert.Equal(Director.Name, Assert.Single((await directory.MatcherAsync(council, CancellationToken.None)).Match("DCS")).Name);
    }

    [Fact]
    public async Task A_name_that_would_match_an_owner_already_stored_is_refused_and_nothing_written()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var directory = host.Service<OwnerDirectory>();
        var council = Council();
        await directory.ImportAsync(council, [Director], CancellationToken.None);

        var refused = await Assert.ThrowsAsync<OwnerFileException>(() =>
            directory.ImportAsync(council, [new Owner("Director of Childrens Services Team", ["dcs"], [], null)], CancellationToken.None));

        Assert.Contains("'dcs'", Assert.Single(refused.Problems), StringComparison.Ordinal);
        Assert.Equal([Director.Name], (await directory.ListAsync(council, CancellationToken.None)).Select(o => o.Name));
    }

    [Fact]
    public async Task Councils_have_directories_of_their_own()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var directory = host.Service<OwnerDirectory>();
        var (halton, cardiff) = (Council(), Council());
        await directory.ImportAsync(halton, [Director], CancellationToken.None);

        Assert.Empty(await directory.ListAsync(cardiff, CancellationToken.None));
        Assert.Empty((await directory.MatcherAsync(cardiff, CancellationToken.None)).Match(Director.Name));
    }

    private static string Council() => $"Council {Guid.NewGuid():N}";
}
