using System.Text;
using CouncilMinutes.Ingestion.Owners;

namespace CouncilMinutes.Tests.Owners;

/// <summary>Owners files as clerks write them: CSV with the header name,aliases,email,webhook, or the same as JSON.</summary>
public class OwnerFileTests
{
    [Fact]
    public void A_csv_file_gives_each_owner_with_aliases_emails_and_webhook()
    {
        var owners = Read("""
            name,aliases,email,webhook
            Executive Director of Children's Services,Director of Children's Services;DCS,dcs@halton.gov.uk,
            "Chair, CYP Board",Chairman,chair@halton.gov.uk;clerk@halton.gov.uk,https://hooks.example.org/chair?sig=abc
            Officers,,,

            """);

        Assert.Equal(3, owners.Count);
        Assert.Equal(["Director of Children's Services", "DCS"], owners[0].Aliases);
        Assert.Equal(["dcs@halton.gov.uk"], owners[0].Emails);
        Assert.Null(owners[0].Webhook);
        Assert.Equal("Chair, CYP Board", owners[1].Name);
        Assert.Equal(["chair@halton.gov.uk", "clerk@halton.gov.uk"], owners[1].Emails);
        Assert.Equal(new Uri("https://hooks.example.org/chair?sig=abc"), owners[1].Webhook);
        Assert.Equal("Officers", owners[2].Name);
        Assert.Empty(owners[2].Emails);
        Assert.Null(owners[2].Webhook);
    }

    [Fact]
    public void A_json_array_gives_the_same_owners_as_the_csv()
    {
        var csv = Read("""
            name,aliases,email,webhook
            Chief Executive,CEO;Chief Exec,ceo@halton.gov.uk,https://hooks.example.org/ceo
            """);
        var json = Read("""
            [{"name": "Chief Executive", "aliases": ["CEO", "Chief Exec"], "email": "ceo@halton.gov.uk", "webhook": "https://hooks.example.org/ceo"}]
            """);

        var (a, b) = (Assert.Single(csv), Assert.Single(json));
        Assert.Equal((a.Name, a.Webhook), (b.Name, b.Webhook));
        Assert.Equal(a.Aliases, b.Aliases);
        Assert.Equal(a.Emails, b.Emails);
    }

    [Fact]
    public void Every_bad_row_is_named_by_its_line_and_nothing_is_read()
    {
        var problems = Assert.Throws<OwnerFileException>(() => Read("""
            name,aliases,email,webhook
            Chief Executive,,not-an-address,
            ,Chair,chair@halton.gov.uk,
            Clerk,,clerk@halton.gov.uk,ftp://files.example.org/
            """)).Problems;

        Assert.Equal(3, problems.Count);
        Assert.StartsWith("line 2:", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("line 3:", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("line 4:", problems[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_named_by_the_line_it_opens_on()
    {
        var problem = Assert.Single(Assert.Throws<OwnerFileException>(() => Read("""
            name,aliases,email,webhook
            Chief Executive,,ceo@halton.gov.uk,
            "Clerk,,clerk@halton.gov.uk,
            Chair,,chair@halton.gov.uk,
            """)).Problems);

        Assert.StartsWith("line 3:", problem, StringComparison.Ordinal);
        Assert.Contains("never closed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_address_is_shown_with_its_control_characters_escaped()
    {
        var problem = Assert.Single(Assert.Throws<OwnerFileException>(() => Read(
            "name,aliases,email,webhook\nClerk,,\"clerk@halton.gov.uk\r\nBcc: all@example.org\",\n")).Problems);

        Assert.DoesNotContain('\r', problem);
        Assert.DoesNotContain('\n', problem);
        Assert.Contains(@"\u000D\u000ABcc", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_the_header_is_refused()
    {
        var problem = Assert.Single(Assert.Throws<OwnerFileException>(() => Read("Chief Executive,,ceo@halton.gov.uk,\n")).Problems);

        Assert.Contains("name,aliases,email,webhook", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_two_owners_would_answer_to_are_refused()
    {
        var problem = Assert.Single(Assert.Throws<OwnerFileException>(() => Read("""
            [{"name": "Chairman"}, {"name": "Board Chair", "aliases": "Chairperson"}]
            """)).Problems);

        Assert.Contains("Chairman and Board Chair", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_unread() =>
        Assert.Throws<OwnerFileException>(() => OwnerFile.Read(new byte[OwnerFile.MaxBytes + 1]));

    private static IReadOnlyList<Owner> Read(string text) => OwnerFile.Read(Encoding.UTF8.GetBytes(text));
}
