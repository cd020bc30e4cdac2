using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouncilMinutes.Parsing.Json;

/// <summary>The published JSON contract of a parsed meeting: the corpus label schema plus extra fields.</summary>
/// <remarks>Both <c>minutes parse --json</c> writes it and <c>minutes eval</c> reads labels with it, so the two cannot drift.</remarks>
public sealed record MinutesJson
{
    public string? Source { get; init; }
    public string? Council { get; init; }
    public string? Committee { get; init; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? MeetingDate { get; init; }

    /// <summary><c>HH:mm</c>.</summary>
    public string? StartTime { get; init; }

    /// <summary><c>HH:mm</c>.</summary>
    public string? MeetingEndTime { get; init; }

    public string? Venue { get; init; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? PreviousMinutesDate { get; init; }

    /// <summary><c>whole-meeting</c> or <c>some-items</c>.</summary>
    public string? Scope { get; init; }

    public List<ItemJson> Items { get; init; } = [];
    public AttendanceJson? Attendance { get; init; }
    public List<string>? Diagnostics { get; init; }

    /// <summary>Serializer settings of the contract: snake_case names, nulls written, readable indentation.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The options of <see cref="SerializerOptions"/> on one line: a line of JSON Lines.</summary>
    private static JsonSerializerOptions LineOptions { get; } = new(SerializerOptions) { WriteIndented = false };

    public string ToJson() => JsonSerializer.Serialize(this, SerializerOptions);

    /// <summary>This meeting as one line of JSON, for output of one line per document (JSON Lines).</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(this, LineOptions);

    public static MinutesJson FromJson(string json) =>
        JsonSerializer.Deserialize<MinutesJson>(json, SerializerOptions)
        ?? throw new JsonException("The JSON document is empty (null).");
}

/// <summary>One agenda item in the JSON contract.</summary>
public sealed record ItemJson
{
    public string? Number { get; init; }
    public string? Title { get; init; }
    public List<string> Resolutions { get; init; } = [];
    public List<ActionJson> Actions { get; init; } = [];
    public string? ActionOwner { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Bullets { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DocumentJson>? Documents { get; init; }
}

/// <summary>One follow-up action in the JSON contract.</summary>
public sealed record ActionJson
{
    public string Text { get; init; } = "";
    public string? Owner { get; init; }

    /// <summary><c>next meeting</c>, <c>future meeting</c>, a date, a month, a quarter, or null.</summary>
    public string? Due { get; init; }
}

/// <summary>A linked document in the JSON contract.</summary>
public sealed record DocumentJson(string Title, string? Url, string? Size);

/// <summary>Attendance in the JSON contract: names without the "Councillor" prefix. A null list means "not stated".</summary>
public sealed record AttendanceJson
{
    public List<string>? Present { get; init; }
    public string? Chair { get; init; }
    public string? ViceChair { get; init; }
    public List<string>? Apologies { get; init; }
    public List<string>? Officers { get; init; }
    public List<string>? AlsoAttending { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Substitutes { get; init; }
}
