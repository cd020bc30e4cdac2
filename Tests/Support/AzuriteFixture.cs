using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.LocalAzurite;

namespace CouncilMinutes.Tests.Support;

/// <summary>The tests that share one Azurite: they run one at a time and keep to their own blob names and partition keys.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

/// <summary>A real Azurite on free loopback ports for as long as the tests need it (<see cref="AzuriteServer"/> as an xunit fixture).</summary>
/// <remarks>
/// Share it through <see cref="AzuriteCollection"/>; a test that stops it or needs an empty account takes its own
/// (<c>IClassFixture&lt;AzuriteFixture&gt;</c>, or <c>new AzuriteFixture()</c> with <see cref="AzuriteServer.InitializeAsync"/>).
/// If Azurite cannot be started the fixture throws, and every test using it fails with the reason: it never skips.
/// </remarks>
public sealed class AzuriteFixture : AzuriteServer, IAsyncLifetime
{
    public AzuriteFixture()
    {
    }

    private AzuriteFixture(bool persistent)
        : base(persistent)
    {
    }

    /// <summary>For the fixture's own tests: start this executable instead of the repository's Azurite.</summary>
    internal AzuriteFixture(string executable)
        : base(executable)
    {
    }

    /// <summary>An Azurite that keeps its data on disk, in its own temporary folder, so a restart loses nothing: for outage tests.</summary>
    public static AzuriteFixture Persistent() => new(persistent: true);

    /// <summary>The <c>MinutesStorage</c> setting for this Azurite.</summary>
    public MinutesStorageOptions Options => new() { ConnectionString = ConnectionString };

    /// <summary>A fresh name valid for a container, a table and a queue alike: lower-case letters and digits.</summary>
    public static string UniqueName(string prefix)
    {
        if (prefix.Length is 0 or > 20 || !prefix.All(char.IsAsciiLetterLower))
        {
            throw new ArgumentException("The prefix must be 1 to 20 lower-case ASCII letters.", nameof(prefix));
        }

        return $"{prefix}{Guid.NewGuid():N}";
    }
}
