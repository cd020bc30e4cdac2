namespace CouncilMinutes.Parsing.Model;

/// <summary>Who was there, who sent apologies, and in what capacity.</summary>
public sealed record Attendance
{
    public static Attendance Empty { get; } = new();

    public IReadOnlyList<Attendee> Present { get; init; } = [];
    public IReadOnlyList<Attendee> Apologies { get; init; } = [];
    public IReadOnlyList<Attendee> Officers { get; init; } = [];
    public IReadOnlyList<Attendee> AlsoAttending { get; init; } = [];

    /// <summary>Members attending in place of another (named substitutes); they are also listed as present.</summary>
    public IReadOnlyList<Attendee> Substitutes { get; init; } = [];

    public bool IsEmpty => Present.Count + Apologies.Count + Officers.Count + AlsoAttending.Count + Substitutes.Count == 0;

    public Attendee? Chair => Present.FirstOrDefault(p => p.Role == AttendeeRole.Chair);
    public Attendee? ViceChair => Present.FirstOrDefault(p => p.Role == AttendeeRole.ViceChair);
}

/// <summary>A person named in the attendance, without the "Councillor" prefix.</summary>
/// <param name="Name">The name as printed, keeping titles such as Mrs or Dr.</param>
/// <param name="Role">Chair or vice-chair where marked.</param>
/// <param name="Note">Any description printed with the name ("Principal Planning Officer").</param>
/// <param name="NoteInBrackets">True when the minutes printed the description in brackets after the name.</param>
public sealed record Attendee(string Name, AttendeeRole Role = AttendeeRole.Member, string? Note = null, bool NoteInBrackets = true);

/// <summary>The part a person played at the meeting.</summary>
public enum AttendeeRole
{
    Member,
    Chair,
    ViceChair,
    Officer,
    Apology,
    AlsoAttending,
    Substitute,
}
