using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>The queue message that asks the notifier to send one owner the digest of their actions from one meeting.</summary>
public sealed record ActionDigestMessage
{
    /// <summary>The digest's identity (meeting, owner and action ids): the notifier sends each digest once.</summary>
    public required string DigestId { get; init; }

    public required string MeetingKey { get; init; }
    public string? Committee { get; init; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public required string MeetingDate { get; init; }

    /// <summary>The owner as the minutes name them, or null for actions that name no one.</summary>
    public string? Owner { get; init; }

    public required string OwnerSlug { get; init; }
    public required IReadOnlyList<string> ActionIds { get; init; }

    /// <summary>
    /// For a reminder: the actions overdue at <see cref="MeetingKey"/> (the meeting they were due at), set at earlier meetings;
    /// null for the digest of a meeting's new actions (<see cref="ActionIds"/>).
    /// </summary>
    public IReadOnlyList<ActionRef>? Overdue { get; init; }

    /// <summary>The inbox document the actions were read from.</summary>
    public string? Source { get; init; }

    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, SerializerOptions);

    public static ActionDigestMessage FromJson(string json) =>
        JsonSerializer.Deserialize<ActionDigestMessage>(json, SerializerOptions) ?? throw new JsonException("The message is empty.");
}

/// <summary>An action by its meeting and id.</summary>
public sealed record ActionRef(string MeetingKey, string Id);
