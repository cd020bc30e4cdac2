using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Cli.Meetings;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Parsing.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes show COMMITTEE DATE</c> (or a meeting key, or a committee alone): a stored meeting, as text or JSON.</summary>
internal static class ShowCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var meeting = new Argument<string[]>("meeting")
        {
            Description = $"COMMITTEE DATE (committee by name or slug, date {UkDate.Forms}), a meeting key (committee-slug_yyyy-MM-dd), or a committee alone to list its meetings.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the meeting in the JSON contract of 'minutes parse --json', with meeting_key, status and each action's id and status." };
        var command = new Command("show",
            "Show a stored meeting: header, attendance, items with their resolutions and actions. Exit 1 when it is not stored or still being written.")
        {
            meeting, json,
        };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("show", configuration, async (services, token) =>
        {
            if (MeetingReference.Parse(result.GetRequiredValue(meeting), out var error) is not { } reference)
            {
                return await CommandHost.FailAsync("show", error!).ConfigureAwait(false);
            }

            var queries = services.GetRequiredService<MeetingQueries>();
            var followUp = services.GetRequiredService<FollowUpLog>();
            var asJson = result.GetValue(json);
            if (reference.Key is { } key)
            {
                return await ShowAsync(queries, followUp, [key], asJson, token).ConfigureAwait(false);
            }

            var meetings = await queries.ListAsync(reference.Committee!, reference.Date, token).ConfigureAwait(false);
            if (meetings.Count == 0)
            {
                return await NotFoundAsync(queries, Slug.From(reference.Committee!), reference.Date, token).ConfigureAwait(false);
            }

            if (reference.Date is null)
            {
                return List(meetings, asJson);
            }

            return await ShowAsync(queries, followUp, [.. meetings.Select(m => m.Key)], asJson, token).ConfigureAwait(false);
        }, cancellationToken));
        return command.WithExamples("minutes show \"Planning Committee\"", "minutes show \"Planning Committee\" 14/03/2024", "minutes show planning-committee_2024-03-14 --json");
    }

    /// <summary>Shows each meeting (two when a committee met twice that day); JSON is one object, or an array for several.</summary>
    private static async Task<int> ShowAsync(MeetingQueries queries, FollowUpLog followUp, IReadOnlyList<MeetingKey> keys, bool asJson, CancellationToken cancellationToken)
    {
        var console = Terminal.Create();
        var found = new List<MeetingContent>();
        foreach (var key in keys)
        {
            if (await queries.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } content)
            {
                found.Add(content);
            }
            else
            {
                await NotFoundAsync(queries, key.Committee, key.Date, cancellationToken).ConfigureAwait(false);
            }
        }

        if (found.Count == 0)
        {
            return ExitCodes.NeedsAttention;
        }

        if (asJson)
        {
            var followUps = await followUp.ForAsync(found.SelectMany(c => c.Items.SelectMany(i => i.Actions)), cancellationToken).ConfigureAwait(false);
            JsonNode output = found.Count == 1 ? MeetingJson.ToJson(found[0], followUps) : new JsonArray([.. found.Select(c => (JsonNode)MeetingJson.ToJson(c, followUps))]);
            await Console.Out.WriteLineAsync(output.ToJsonString(MinutesJson.SerializerOptions)).ConfigureAwait(false);
        }
        else
        {
            found.ForEach(content => MeetingText.Write(console, content));
        }

        // Said on stderr too, so the warning reaches a person even when the JSON goes to a file.
        foreach (var writing in found.Where(c => !c.Meeting.IsComplete))
        {
            await Console.Error.WriteLineAsync(
                $"minutes show: {writing.Meeting.Key.Value} is still being written (Status={writing.Meeting.Status}): what is shown may mix two versions. " +
                $"Show it again in a moment; if it stays so, a writer stopped part-way: run minutes reprocess --all, or ingest {writing.Meeting.Source ?? "its document"} again.")
                .ConfigureAwait(false);
        }

        return found.Count == keys.Count && found.All(c => c.Meeting.IsComplete) ? ExitCodes.Success : ExitCodes.NeedsAttention;
    }

    private static int List(IReadOnlyList<MeetingRecord> meetings, bool asJson)
    {
        if (asJson)
        {
            var list = new JsonArray([.. meetings.Select(m => (JsonNode)new JsonObject
            {
                ["meeting_key"] = m.Key.Value,
                ["committee"] = m.Committee,
                ["meeting_date"] = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["status"] = m.Status,
                ["items"] = m.ItemCount,
                ["resolutions"] = m.ResolutionCount,
                ["actions"] = m.ActionCount,
                ["source"] = m.Source,
            })]);
            Console.Out.WriteLine(list.ToJsonString(MinutesJson.SerializerOptions));
        }
        else
        {
            MeetingText.WriteList(Terminal.Create(), meetings);
        }

        return ExitCodes.Success;
    }

    /// <summary>Says what is not stored, and which meetings of that committee are, so the next try can hit.</summary>
    private static async Task<int> NotFoundAsync(MeetingQueries queries, string committeeSlug, DateOnly? date, CancellationToken cancellationToken)
    {
        var others = date is null ? [] : await queries.ListAsync(committeeSlug, null, cancellationToken).ConfigureAwait(false);
        var what = date is { } day
            ? $"no meeting of {committeeSlug} on {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is stored."
            : $"no meetings of {committeeSlug} are stored.";
        var hint = others.Count > 0
            ? $" Stored meetings of that committee: {string.Join(", ", others.Select(m => m.Key.RowKey))}."
            : " Committees are matched by slug (the name in lower case, words joined by hyphens).";
        await Console.Error.WriteLineAsync($"minutes show: {what}{hint}").ConfigureAwait(false);
        return ExitCodes.NeedsAttention;
    }
}
