namespace CouncilMinutes.Ingestion.Owners;

/// <summary>A person or body that minutes give actions to, with the ways to reach them: one row of the owners directory.</summary>
/// <param name="Name">The name as the council writes it ("Executive Director of Children's Services").</param>
/// <param name="Aliases">Other names the minutes use for them ("Director of Children's Services", "Cllr Ryan").</param>
/// <param name="Emails">Their addresses; each gets the digest once.</param>
/// <param name="Webhook">Where the webhook channel posts their digests, if anywhere.</param>
public sealed record Owner(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Emails, Uri? Webhook)
{
    /// <summary>The owner's row key in the directory.</summary>
    public string Slug => Keys.Slug.From(Name);

    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
