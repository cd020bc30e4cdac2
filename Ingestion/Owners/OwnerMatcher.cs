namespace CouncilMinutes.Ingestion.Owners;

/// <summary>Finds the owners a name in the minutes means, by <see cref="OwnerName"/> keys of each owner's name and aliases.</summary>
public sealed class OwnerMatcher
{
    private readonly Dictionary<string, Owner> _byKey = new(StringComparer.Ordinal);

    public OwnerMatcher(IEnumerable<Owner> owners)
    {
        ArgumentNullException.ThrowIfNull(owners);
        foreach (var owner in owners)
        {
            foreach (var name in owner.Names)
            {
                // The import refuses names two owners share, so the first is the only one.
                _byKey.TryAdd(OwnerName.Key(name), owner);
            }
        }

        _byKey.Remove("");
    }

    /// <summary>
    /// The owners <paramref name="ownerText"/> names: the one whose name or alias it is, else, for a list of people
    /// ("Councillors Lloyd Jones and Ryan"), each of them when every one is in the directory. Empty when the text names no
    /// one the directory lists.
    /// </summary>
    public IReadOnlyList<Owner> Match(string? ownerText)
    {
        if (string.IsNullOrWhiteSpace(ownerText))
        {
            return [];
        }

        if (_byKey.TryGetValue(OwnerName.Key(ownerText), out var owner))
        {
            return [owner];
        }

        var parts = OwnerName.PartKeys(ownerText);
        var found = parts.Select(p => _byKey.GetValueOrDefault(p)).OfType<Owner>().ToList();
        return parts.Count > 1 && found.Count == parts.Count ? found.Distinct().ToList() : [];
    }

    /// <summary>Each name (as a key) that more than one owner answers to, with those owners: a directory must not have any.</summary>
    public static IReadOnlyList<(string Key, IReadOnlyList<Owner> Owners)> Clashes(IEnumerable<Owner> owners) =>
        owners.SelectMany(o => o.Names.Select(n => (Key: OwnerName.Key(n), Owner: o)).DistinctBy(x => x.Key))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && g.Count() > 1)
            .Select(g => (g.Key, (IReadOnlyList<Owner>)g.Select(x => x.Owner).ToList()))
            .ToList();
}
