using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Tests.Support;

/// <summary>
/// An Azurite holding two ingested Halton meetings, for tests that only read: seed 001 (9 September 2024: 8 items, 5
/// resolutions, 9 actions, 15 people) and seed 003 (23 January 2023: 3 actions). One of the 2024 meeting's actions has
/// been notified, so "open" leaves it out.
/// </summary>
public sealed class StoredHaltonMeetings : IAsyncLifetime
{
    public const string Committee = "Children Young People and Families Policy and Performance Board";
    public const string CommitteeSlug = "children-young-people-and-families-policy-and-performance-board";
    public const string Meeting2024 = CommitteeSlug + "_2024-09-09";
    public const string Meeting2023 = CommitteeSlug + "_2023-01-23";
    public const string Director = "Executive Director of Children's Services";
    public const string DirectorSlug = "executive-director-of-childrens-services";

    /// <summary>The words of the action marked notified (CYP17's, the Executive Director's).</summary>
    public const string NotifiedAction = "passed onto the Fostering Board";

    internal PipelineHost Host { get; private set; } = null!;

    /// <summary>The argument that points the command at this Azurite.</summary>
    public string Setting => $"--MinutesStorage={Host.Azurite!.ConnectionString}";

    public async Task InitializeAsync()
    {
        Host = await PipelineHost.StartAloneAsync();
        await Host.IngestAsync("halton/2024-09-09.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt")));
        await Host.IngestAsync("halton/2023-01-23.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", "003_9f354a2bdc014360.txt")));

        // As the notifier will: the action's row and its owner-index copy both say it was sent.
        var actions = Host.Clients.Tables.GetTableClient(StorageNames.ActionsTable);
        var action = actions.Query<ActionRow>(TableClient.CreateQueryFilter($"PartitionKey eq {Meeting2024}"))
            .Single(a => a.Text!.Contains(NotifiedAction, StringComparison.Ordinal));
        var notified = new ActionRow { PartitionKey = action.PartitionKey, RowKey = action.RowKey, Status = ActionStatus.Notified };
        await actions.UpdateEntityAsync(notified, Azure.ETag.All, TableUpdateMode.Merge);
        await Host.Clients.Tables.GetTableClient(StorageNames.ActionsByOwnerTable).UpdateEntityAsync(
            new ActionByOwnerRow(action) with { Status = ActionStatus.Notified }, Azure.ETag.All, TableUpdateMode.Merge);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
