using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// The attendance paragraphs of minutes ("Present:", "Apologies for Absence:", "Officers present:", "Also in attendance:",
/// "IN ATTENDANCE:") and the apologies minuted as an item ("Apologies for absence were received from Councillor …").
/// </summary>
internal static partial class AttendanceSection
{
    /// <summary>The list an attendance label opens.</summary>
    public enum List
    {
        Present,
        Apologies,
        Officers,
        AlsoAttending,
        Substitutes,

        /// <summary>"Presiding P McLean": who chaired.</summary>
        Chair,

        /// <summary>"Vice Chairman: Councillor B Wilson": who is vice-chair.</summary>
        ViceChair,

        /// <summary>A heading of the attendance block whose contents are not attendance ("Absence declared on Council business: None").</summary>
        Ignored,
    }

    public static bool IsLabel(string text) => Label(text) is not null;

    // The inline labels, the item headings and the attendance reader each ask whether the same lines open a list: the
    // answers for short lines (labels are short) are kept on the thread reading the document, up to a bound.
    private const int RememberedLineLength = 200;
    private const int RememberedLines = 4096;

    [ThreadStatic]
    private static Dictionary<string, (List List, string Remainder)?>? t_labels;

    /// <summary>The list the line's label opens, and the text after the label; null when the line has no label.</summary>
    public static (List List, string Remainder)? Label(string text)
    {
        if (text.Length > RememberedLineLength)
        {
            return ReadLabel(text);
        }

        t_labels ??= new Dictionary<string, (List List, string Remainder)?>(StringComparer.Ordinal);
        if (!t_labels.TryGetValue(text, out var label))
        {
            if (t_labels.Count >= RememberedLines)
            {
                t_labels.Clear();
            }

            label = ReadLabel(text);
            t_labels[text] = label;
        }

        return label;
    }

    private static (List List, string Remainder)? ReadLabel(string text)
    {
        var m = MembersLabelPattern().Match(text);
        if (!m.Success && !(m = OthersLabelPattern().Match(text)).Success)
        {
            return null;
        }

        var which = m.Groups["present"].Success ? List.Present
            : m.Groups["apologies"].Success ? List.Apologies
            : m.Groups["officers"].Success ? List.Officers
            : m.Groups["also"].Success ? List.AlsoAttending
            : m.Groups["subs"].Success ? List.Substitutes
            : m.Groups["chair"].Success ? List.Chair
            : m.Groups["vice"].Success ? List.ViceChair
            : List.Ignored;
        return (which, text[m.Length..].Trim());
    }

    /// <summary>
    /// "3rd JULY 2023 AT 7.30 PM Present:": a label that ends a line of other text (a letterhead run into it) and opens the
    /// list on the lines below; null when the line does not end so.
    /// </summary>
    public static List? TrailingLabel(string text) =>
        TrailingLabelPattern().Match(text) is { Success: true } m && Label(m.Groups["label"].Value) is { Remainder: "" } label ? label.List : null;

    /// <summary>
    /// True for a line that names several people by the marks lists use between them — a title before each name
    /// ("Cllr A Cllr B"), initials after each ("Kenny Combe KC", "Neal Ship (NS)") — whatever its layout calls it.
    /// </summary>
    public static bool NamesSeveralPeople(string text) =>
        HonorificStart().Count(text) >= 2 || InitialsMarks(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Count >= 2;

    /// <summary>True for an item title that is the apologies: "Apologies for Absence", "52 Apologies", "APOLOGIES AND SUBSTITUTES".</summary>
    public static bool IsApologiesTitle(string text) => ApologiesTitle().IsMatch(text.Trim());

    /// <summary>True for a bulleted entry that is a person ("Alison Currie", "Cllr A Orr"), not a bullet of an agenda ("Welcome").</summary>
    public static bool IsPersonEntry(string text) => HonorificStart().IsMatch(text) || PersonEntry().IsMatch(EntryPost().Replace(text.Trim(), ""));

    /// <summary>True for a line that continues a name list: names, roles and commas rather than prose.</summary>
    public static bool IsNameListLine(string text)
    {
        // "Mr AC Marsh – Chief Executive Officer and voting member": the post may read as prose; the name may not.
        if (TitledNameAndPost(text) is { } person)
        {
            text = person.Name;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var prose = words.Count(w => char.IsLower(w[0]) && !NameParticles.Contains(w.Trim(',', '.', ';', '(', ')')));

        // A long list of names tolerates a stray "(via VC)"; a sentence does not.
        return words.Length > 0 && (prose < 2 || prose * 10 < words.Length);
    }

    /// <summary>True for a line of full names and nothing else: "Gail Martin", "Terry Cook Simon Bridger Peter Cruttenden".</summary>
    public static bool IsNamesOnly(string text) => FullName().IsMatch(text.Trim()) || NameRun.Pairs(text) is not null;

    /// <summary>The name in "Mr B Lobban in the Chair", the way some minutes say who chaired.</summary>
    public static string? ChairLine(string text) =>
        InTheChair().Match(text) is { Success: true } m ? StripHonorifics(m.Groups["name"].Value).Trim() : null;

    /// <summary>"One member of the public", "There were no absences": a line of a list that names no one and does not end it.</summary>
    public static bool NamesNobody(string text)
    {
        var t = text.Trim().TrimEnd('.');
        return NoOne().Match(t) is { Success: true } m && m.Length == t.Length;
    }

    /// <summary>
    /// Attendance printed without a label, as committee systems such as CMIS do: "Councillor G Carpenter (in the Chair);
    /// Councillors Hanton, Bensley and Walker."
    /// </summary>
    /// <remarks>A roll of councillors is one only set apart on its line: a page's bullet naming councillors lists a body's members, not those present.</remarks>
    public static bool IsUnlabelledPresentList(string text, bool bulleted) =>
        (UnlabelledPresent().IsMatch(text) || (!bulleted && CouncillorRoll().IsMatch(text))) && IsNameListLine(text);

    /// <summary>"Dist Cllr P Webb and two members of the public were also in attendance.": the names in such a sentence.</summary>
    public static string? AlsoAttendingSentence(string text) =>
        AlsoInAttendance().Match(text) is { Success: true } m ? m.Groups["names"].Value : null;

    /// <summary>"County Councillors Aziz and Khan joined the meeting virtually.": members present from afar, or late.</summary>
    public static List<Attendee> JoinedSentence(string sentence) =>
        JoinedTheMeeting().Match(sentence) is { Success: true } m ? [.. Names(m.Groups["names"].Value, AttendeeRole.Member)] : [];

    /// <summary>"Councillor Jeal attended as a substitute for Councillor Cordiner-Achenbach": the substitute's name.</summary>
    public static string? SubstituteLine(string text) =>
        AttendedAsSubstitute().Match(text) is { Success: true } m ? StripHonorifics(m.Groups["name"].Value).Trim() : null;

    /// <summary>
    /// Names in a list such as "Councillors Logan (Chair), C. Plumpton Walsh (Vice-Chair), Baker and Ryan". A person listed with
    /// a job title ("Liz Maidment (Parish Clerk)", "the Parish Clerk (T Watton)") is an officer, whatever list they are in.
    /// </summary>
    public static IEnumerable<Attendee> Names(string text, AttendeeRole role)
    {
        // "Dr Avi Bhatia AB Clinical Chair Dr Penny Blackwell PB …": each person's initials part their name from their post.
        if (InitialledRoster.Read(text) is { } roster)
        {
            return roster.Select(p => new Attendee(p.Name, role, p.Post, NoteInBrackets: false)).ToList();
        }

        // "…, and David Rennie. Also in attendance was local resident G Alan Ramsay": the list ends where a sentence follows it.
        text = SentenceAfterList().Split(text, 2)[0];

        // "Chairman Cllr A Smith, Vice Chairman Cllr B Jones": the office before the name is read as the bracket after it.
        text = SeparateByInitials(LeadingChair().Replace(OfficeLabel().Replace(text, ", ${name} – ${role},"), "${name} (${role})"));
        var byTitle = SplitAtHonorifics(text);
        if (byTitle.Count >= 2)
        {
            // "Mr C King, Highland Council (Chairman) Mr R Sclater, Orkney Council": each titled person may name their body.
            return byTitle.SelectMany(person => NameWithPost(person) is { } withPost ? [withPost with { Role = withPost.Role == AttendeeRole.Officer ? AttendeeRole.Officer : role }]
                : TitledAffiliation().IsMatch(person) && NameWithAffiliation(person) is { } affiliated ? [Affiliated(affiliated, role)]
                : ListedNames(person, role));
        }

        if (!text.Contains(" and ", StringComparison.Ordinal) && !IsJobTitle(text.Split(", ")[0]) && !Array.Exists(text.Split(", "), StaffPostThenName().IsMatch) && NameWithPost(text) is { } withPost)
        {
            return [withPost with { Role = withPost.Role == AttendeeRole.Officer ? AttendeeRole.Officer : role }];
        }

        if (TitledPersonWithPost(text, role) is { } titled)
        {
            return titled;
        }

        return NameWithAffiliation(text) is { } affiliated ? [Affiliated(affiliated, role)] : ListedNames(text, role);
    }

    /// <summary>A person named with their organisation, in the list being read; an office in brackets after the organisation ("(chair)") is their office in the meeting.</summary>
    private static Attendee Affiliated(Attendee affiliated, AttendeeRole role)
    {
        var kept = affiliated.Role == AttendeeRole.Officer || (role == AttendeeRole.Member && affiliated.Role is AttendeeRole.Chair or AttendeeRole.ViceChair);
        return affiliated with { Role = kept ? affiliated.Role : role };
    }

    private static IEnumerable<Attendee> ListedNames(string text, AttendeeRole role)
    {
        // "Cllr M Mortimore, Cllr A Edwards and Cllr A Doherty sent their apologies.": the list, then what its people did.
        text = SentApologies().Replace(text, "");
        if (NameRun.Split(text) is { } run)
        {
            foreach (var name in run)
            {
                yield return new Attendee(StripHonorifics(name), role);
            }

            yield break;
        }

        if (PostsBesideNames(text) is { } posted)
        {
            foreach (var (name, post) in posted)
            {
                var postRole = TieredCouncillor().IsMatch(post) || Councillor().IsMatch(post + " ") ? (role == AttendeeRole.Officer ? AttendeeRole.AlsoAttending : role)
                    : IsJobTitle(post) && role != AttendeeRole.Apology ? AttendeeRole.Officer
                    : role;
                yield return new Attendee(StripHonorifics(name), postRole, post, NoteInBrackets: false);
            }

            yield break;
        }

        // "Ronnie Hinds, Chief Executive; Iain Grant, Committee Manager and …", "Bill Hitchins, DNPA Chairman; Peter Thorn,
        // British Canoeing; …": semicolons part the people, commas a title or the body a person comes from.
        var byPerson = SplitTopLevel(text, commas: false).ToList();
        if (text.Contains(';', StringComparison.Ordinal)
            && byPerson.Count(p => p.Split(", ", 2) is [var name, var title] && (IsJobTitle(title) || (FullName().IsMatch(name) && !title.Contains(", ", StringComparison.Ordinal)))) * 2 > byPerson.Count)
        {
            foreach (var person in byPerson.SelectMany(NamesWithPosts).Select(NameWithTitle).OfType<Attendee>())
            {
                yield return person with { Role = role == AttendeeRole.Member && person.Role == AttendeeRole.Officer ? AttendeeRole.Officer : person.Role == AttendeeRole.Officer ? AttendeeRole.Officer : role };
            }

            yield break;
        }

        foreach (var piece in SplitTopLevel(text).SelectMany(SplitAfterBracket).SelectMany(SplitInitialledNames).SelectMany(SplitPairedNames).Select(p => p.TrimEnd('.', ';', ' ')))
        {
            if (RoleThenName().Match(piece) is { Success: true } staff && IsJobTitle(staff.Groups["role"].Value))
            {
                yield return new Attendee(staff.Groups["name"].Value.Trim(), AttendeeRole.Officer, staff.Groups["role"].Value.Trim());
                continue;
            }

            // "RFO Clive Baker", "Clerk/RFO Linda Evans": a small body's staff post printed before the name.
            if (StaffPostThenName().Match(piece) is { Success: true } clerk)
            {
                yield return new Attendee(clerk.Groups["name"].Value, role == AttendeeRole.Apology ? role : AttendeeRole.Officer, clerk.Groups["post"].Value, NoteInBrackets: false);
                continue;
            }

            // Parish minutes pair a name and a post with a dash: "Chris Cudmore – Chairman (CC)", "Clerk – Sandrine Vaillant (SV)",
            // "Trevor Smith — Secretary".
            if (DashedPost().Match(piece) is { Success: true } dashed)
            {
                var (left, right) = (dashed.Groups["left"].Value.Trim(), dashed.Groups["right"].Value.Trim());
                if (ChairRole().IsMatch(right))
                {
                    yield return new Attendee(StripHonorifics(left), ChairOf(right));
                    continue;
                }

                if (IsJobTitle(left))
                {
                    yield return new Attendee(Bracket().Replace(right, "").Trim(), AttendeeRole.Officer, left, NoteInBrackets: false);
                    continue;
                }

                // A member's office in a small body (secretary, treasurer) keeps them a member; a clerk or officer is staff.
                if (MemberPost().IsMatch(right))
                {
                    yield return new Attendee(StripHonorifics(left), StaffPost().IsMatch(right) ? AttendeeRole.Officer : role, right, NoteInBrackets: false);
                    continue;
                }

                // "Ruth Lake - Director of Adult Social Care": staff by name and job; an officer who sent apologies is an apology.
                if (IsPersonName(left) && IsJobTitle(right))
                {
                    yield return new Attendee(left, role == AttendeeRole.Apology ? role : AttendeeRole.Officer, right, NoteInBrackets: false);
                    continue;
                }

                if (TitledPersonWithPost(piece, role) is { } titled)
                {
                    if (titled.Count > 0)
                    {
                        yield return titled[0];
                    }

                    continue;
                }
            }

            string? note = null;
            var personRole = role;
            foreach (var inside in Bracket().Matches(piece).Select(b => b.Groups[1].Value.Trim()))
            {
                if (ChairRole().IsMatch(inside))
                {
                    personRole = ChairOf(inside);
                }
                else
                {
                    note = note is null || IsJobTitle(note) ? note ?? inside : inside;
                }
            }

            var name = Bracket().Replace(piece, " ").Trim();

            name = StripHonorifics(name).Trim(' ', '.', ',', ';');

            // "The Chief Executive, the Corporate Directors, the Monitoring Officer": officers by their offices, each with its article.
            if (OfficeWithArticle().Match(name) is { Success: true } office && IsJobTitle(office.Groups["office"].Value))
            {
                yield return new Attendee(office.Groups["office"].Value, AttendeeRole.Officer);
                continue;
            }
            if (name.Length < 2 || !char.IsUpper(name[0]) || NoOne().IsMatch(name) || BareMemberTitle().IsMatch(name) || !IsNameLike(name) || (role != AttendeeRole.Officer && IsBarePost(name)))
            {
                continue;
            }

            // Under "In attendance" a councillor is a visiting member, not an officer.
            personRole = personRole == AttendeeRole.Officer && IsCouncillor(piece) ? AttendeeRole.AlsoAttending
                : note is not null && IsJobTitle(note) && !IsCouncillor(piece) ? AttendeeRole.Officer
                : personRole;
            yield return new Attendee(name, personRole, note);
        }
    }

    /// <summary>
    /// "Mr AC Marsh – Chief Executive Officer and voting member", "Ms C Tilley – Press": a titled person and their post, the
    /// post whole whatever its "and"s; none for the public and the press who sat in. Null when the text is not so.
    /// </summary>
    private static List<Attendee>? TitledPersonWithPost(string text, AttendeeRole role)
    {
        if (TitledNameAndPost(text) is not var (left, right))
        {
            return null;
        }

        if (PublicOrPress().IsMatch(right))
        {
            return [];
        }

        if (ChairRole().IsMatch(right) || MemberPost().IsMatch(right))
        {
            return null;
        }

        return [new Attendee(StripHonorifics(left), JobTitle().IsMatch(right) && !MemberOffice().IsMatch(right) ? AttendeeRole.Officer : role, right, NoteInBrackets: false)];
    }

    /// <summary>
    /// A titled person and their post, after a dash ("Mr AC Marsh – Chief Executive Officer") or straight after an initialled
    /// name ("Mr W Grosvenor Clerk and Executive Officer", "Dr R. Steyn Medical Director"), where the initials bound the name.
    /// </summary>
    private static (string Name, string Post)? TitledNameAndPost(string text)
    {
        var t = text.Trim().TrimEnd('.', ';');
        // "Councillor Morgan and Ruth Lake - Director …" is two people, the second with a post.
        if (DashedPost().Match(t) is { Success: true } dashed && StartsWithHonorific(dashed.Groups["left"].Value)
            && !dashed.Groups["left"].Value.Contains(" and ", StringComparison.Ordinal))
        {
            return (dashed.Groups["left"].Value.Trim(), dashed.Groups["right"].Value.Trim());
        }

        return InitialledNameThenPost().Match(t) is { Success: true } run && JobTitle().IsMatch(run.Groups["post"].Value)
            ? (run.Groups["name"].Value, run.Groups["post"].Value)
            : null;
    }

    /// <summary>The chair or, for "Vice-Chair" and "Deputy Chairman", the vice-chair.</summary>
    /// <summary>The chair a table cell beside a name makes that person, where the cell only says so ("Chair", "Vice-Chair"); else null.</summary>
    public static AttendeeRole? ChairCell(string text) => ChairRole().IsMatch(text.Trim().TrimEnd('.')) ? ChairOf(text.Trim()) : null;

    private static AttendeeRole ChairOf(string office) =>
        office.Contains("vice", StringComparison.OrdinalIgnoreCase) || office.Contains("deputy", StringComparison.OrdinalIgnoreCase) ? AttendeeRole.ViceChair : AttendeeRole.Chair;

    /// <summary>A person's name alone, titled or not, in full or initialled: "Magnus Falk", "Councillor C Brown", "D White".</summary>
    private static bool IsPersonName(string text) => FullName().IsMatch(text) || PersonEntry().IsMatch(StripHonorifics(text));

    private static bool StartsWithHonorific(string text) => HonorificStart().Match(text) is { Success: true, Index: 0 };

    /// <summary>
    /// "Chief Officer", "Lay Member – Governance/Deputy Chair", "GP": a post alone, such as the column of posts beside a column of
    /// names prints, names no member (officers may be listed by their offices: "Director of Finance").
    /// </summary>
    private static bool IsBarePost(string name) => (IsJobTitle(name) || PostWord().IsMatch(name)) && !StartsWithHonorific(name);

    /// <summary>
    /// False for what a list gives that cannot be one person: a run of more words than a name has (columns of names and
    /// organisations flattened together), or a clause of prose a sentence ran on into.
    /// </summary>
    private static bool IsNameLike(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var prose = words.Count(w => char.IsLower(w[0]) && !NameParticles.Contains(w));
        return (words.Length <= 6 || JobTitle().IsMatch(name)) && prose < 3;
    }

    /// <summary>
    /// "D Gillies, Head of Facilities Management, K Carr, Senior Facilities Manager and D McNab, Transportation Manager": one
    /// group of a semicolon list whose commas alternate between people and their posts, cut into "name, post" pieces; a
    /// group that does not alternate so is one person.
    /// </summary>
    private static IEnumerable<string> NamesWithPosts(string group)
    {
        var pieces = PersonAndPostBreak().Split(group.Trim()).Select(p => p.Trim()).ToList();
        if (pieces.Count < 4 || pieces.Count % 2 != 0
            || !Enumerable.Range(0, pieces.Count / 2).All(i => Initialled().IsMatch(pieces[2 * i]) || FullName().IsMatch(pieces[2 * i])))
        {
            return [group];
        }

        return Enumerable.Range(0, pieces.Count / 2).Select(i => $"{pieces[2 * i]}, {pieces[(2 * i) + 1]}");
    }

    /// <summary>
    /// "County Councillor, Russell Oppenheimer Clerk, Jenny Hollington", "Nick Drew, District Councillor Russell Oppenheimer,
    /// Tree Warden Jenny Hollington, Clerk": lines of "post, name" (or "name, post") run together into one, so each comma
    /// parts a person from their post and the line breaks are lost between one person's post and the next one's name. Cut
    /// back into (name, post) pairs; null when the list does not alternate so.
    /// </summary>
    private static List<(string Name, string Post)>? PostsBesideNames(string text)
    {
        var segments = text.Trim().TrimEnd('.').Split(", ").Select(s => s.Trim()).ToList();
        if (segments.Count < 3 || text.Contains(';', StringComparison.Ordinal) || text.Contains('(', StringComparison.Ordinal))
        {
            return null;
        }

        var postFirst = IsPost(segments[0]) && IsPersonName(segments[^1]);
        if (!postFirst && !(IsPersonName(segments[0]) && IsPost(segments[^1])))
        {
            return null;
        }

        var pairs = new List<(string Name, string Post)>();
        var carried = segments[0];
        foreach (var middle in segments.Skip(1).Take(segments.Count - 2))
        {
            if ((postFirst ? NameThenPostWords(middle) : PostThenNameWords(middle)) is not var (head, tail))
            {
                return null;
            }

            pairs.Add(postFirst ? (head, carried) : (carried, head));
            carried = tail;
        }

        pairs.Add(postFirst ? (segments[^1], carried) : (carried, segments[^1]));
        return pairs;
    }

    private static bool IsPost(string text) => IsBarePost(text) || TieredCouncillor().IsMatch(text);

    /// <summary>"Russell Oppenheimer Clerk" → the shortest name whose remaining words are a post.</summary>
    private static (string Name, string Post)? NameThenPostWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 2; k < words.Length; k++)
        {
            var (name, post) = (string.Join(' ', words[..k]), string.Join(' ', words[k..]));
            if (IsPersonName(name) && IsPost(post))
            {
                return (name, post);
            }
        }

        return null;
    }

    /// <summary>"District Councillor Russell Oppenheimer", "Tree Warden Jenny Hollington" → the post, then the name: after a known post, else the last two words.</summary>
    private static (string Post, string Name)? PostThenNameWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k <= words.Length - 2; k++)
        {
            var (post, name) = (string.Join(' ', words[..k]), string.Join(' ', words[k..]));
            if (IsPost(post) && IsPersonName(name))
            {
                return (post, name);
            }
        }

        return words.Length is >= 3 and <= 5 && IsPersonName(string.Join(' ', words[^2..]))
            ? (string.Join(' ', words[..^2]), string.Join(' ', words[^2..]))
            : null;
    }

    /// <summary>"Ronnie Hinds, Chief Executive" or "Lynne Harvie, Organisational Development Manager, Policy Service": a person and their post.</summary>
    private static Attendee? NameWithTitle(string piece)
    {
        var parts = piece.Trim().TrimEnd('.').Split(", ", 2);
        var name = StripHonorifics(parts[0]).Trim();
        if (name.Length < 2 || !char.IsUpper(name[0]))
        {
            return null;
        }

        var title = parts.Length > 1 ? parts[1].Trim() : null;
        if (title is null && NameThenPost().Match(name) is { Success: true } m)
        {
            // "Steve Grimmond Head of Community Services": the post starts where a job title's first word does.
            (name, title) = (m.Groups["name"].Value, m.Groups["post"].Value);
        }

        return new Attendee(name, title is not null && IsJobTitle(title) ? AttendeeRole.Officer : AttendeeRole.Member, title, NoteInBrackets: false);
    }

    /// <summary>
    /// "Cllr Harvey Marcovitch – Chairman Cllr Sarah Colbert", "Mrs M Ward, Chief Executive Mrs D Carville, Director of
    /// Corporate Services": a title before each name is what parts the people. Empty when fewer than two titles lead names.
    /// </summary>
    private static List<string> SplitAtHonorifics(string text)
    {
        if (text.Contains(';', StringComparison.Ordinal))
        {
            return [];
        }

        // One pass: a title inside brackets ("(substituted by Cllr Jeal)") parts no one, and titles in a row
        // ("Councillor Mrs. M. A. Sherrey") lead one name.
        var starts = new List<int>();
        var (depth, scanned, previousEnd) = (0, 0, -1);
        foreach (Match m in HonorificStart().Matches(text))
        {
            for (; scanned < m.Index; scanned++)
            {
                depth += text[scanned] == '(' ? 1 : text[scanned] == ')' ? -1 : 0;
            }

            if (depth == 0 && m.Index != previousEnd)
            {
                starts.Add(m.Index);
            }

            previousEnd = m.Index + m.Length;
        }

        if (starts.Count < 2)
        {
            return [];
        }

        var pieces = new List<string>();
        if (starts[0] > 0)
        {
            pieces.AddRange(SplitTopLevel(text[..starts[0]]).Where(p => p.Length > 0));
        }

        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            pieces.Add(TrailingJoin().Replace(text[starts[i]..end], ""));
        }

        return pieces;
    }

    /// <summary>"Mrs D Carville, Director of Corporate Services": one person and their post, when the post is a job title.</summary>
    private static Attendee? NameWithPost(string piece) =>
        (piece.Split(", ", 2) is [_, var post] && !post.Contains(',', StringComparison.Ordinal) && IsJobTitle(post))
        || (!piece.Contains(',', StringComparison.Ordinal) && NameThenPost().IsMatch(StripHonorifics(piece)))
            ? NameWithTitle(piece)
            : null;

    /// <summary>
    /// "Julian Kelly, HMT", "Helen Kilpatrick, Home Office", "James Stewart - Government Digital Services", "Magnus Falk,
    /// Government Digital Services (chair)": a person on a line of their own with the organisation they come from, not two people.
    /// </summary>
    private static Attendee? NameWithAffiliation(string text)
    {
        var m = NameThenAffiliation().Match(text.Trim()) is { Success: true } parted ? parted
            : InitialledNameThenCouncil().Match(text.Trim()) is { Success: true } member ? member
            : NameThenAcronymOrOffice().Match(text.Trim());
        var name = m.Groups["name"].Value.Trim();
        var note = m.Groups["from"].Value.Trim().TrimEnd('.');
        // A member's office in a small body ("— Secretary") is read with the member; "Hearty, Magennis and McEvoy" is three people,
        // "RFO Clive Baker, Clerk Linda Evans" two.
        // "Councillors Brown, Jones": a plural title heads a list of members, not one member and their organisation.
        if (!m.Success || PluralMemberTitle().IsMatch(name) || !IsPersonName(name) || StaffPostThenName().IsMatch(note) || !(OrganisationWord().IsMatch(note) || IsJobTitle(note) || MemberOffice().IsMatch(note)) || MemberPost().IsMatch(note)
            || (ListEndsWithSurname().IsMatch(note) && !IsJobTitle(note)))
        {
            return null;
        }

        // "Councillor Dillon, Chair", "Magnus Falk, Government Digital Services (chair)": the office the member holds in the meeting.
        var office = m.Groups["office"] is { Success: true } bracketed ? bracketed.Value : note;
        var role = ChairRole().IsMatch(office) ? ChairOf(office)
            : IsJobTitle(note) ? AttendeeRole.Officer
            : AttendeeRole.Member;
        return new Attendee(StripHonorifics(name), role, note, NoteInBrackets: false);
    }

    /// <summary>
    /// "Catherine Chisholm CC Kenny Combe KC Jim Fullarton (SBC) JF", "Nick Oakhill (NO) CHAIR Alan Smith (AS)": each name
    /// followed by its initials, as parish minutes list members whom the minutes then cite by initials. The initials become
    /// the separator (a bracketed pair stays as the person's note) and a post printed in capitals after them their role.
    /// </summary>
    private static string SeparateByInitials(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var marks = InitialsMarks(words);
        if (marks.Count < 2)
        {
            return text;
        }

        var people = new List<string>();
        var current = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!marks.Contains(i))
            {
                current.Add(words[i]);
                continue;
            }

            if (words[i].StartsWith('('))
            {
                current.Add(words[i]);
            }

            if (i + 1 < words.Length && CapitalisedPost().IsMatch(words[i + 1]))
            {
                current.Add($"({System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words[++i].ToLowerInvariant())})");
            }

            people.Add(string.Join(' ', current));
            current.Clear();
        }

        if (current.Count > 0)
        {
            people.Add(string.Join(' ', current));
        }

        return string.Join(", ", people);
    }

    /// <summary>Positions of the words that are the initials of the name just before them (all its words, or its first and last).</summary>
    private static HashSet<int> InitialsMarks(string[] words)
    {
        var marks = new HashSet<int>();
        var initials = new System.Text.StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var mark = word.Trim('(', ')', ',', ';');
            var bracketed = word.StartsWith('(');
            var named = initials.ToString();
            if (named.Length >= 2 && mark.Length is >= 2 and <= 4 && mark.All(char.IsUpper)
                && (named.EndsWith(mark, StringComparison.Ordinal) || (mark.Length == 2 && mark[1] == named[^1] && named[..^1].Contains(mark[0], StringComparison.Ordinal))))
            {
                marks.Add(i);
                initials.Clear();
                continue;
            }

            if (CapitalisedPost().IsMatch(word))
            {
                continue;
            }

            if (!bracketed && char.IsUpper(word[0]) && !PersonalTitle().IsMatch(word) && !HonorificStart().IsMatch(word + " X"))
            {
                initials.Append(word[0]);
            }
            else if (!bracketed && !NameParticles.Contains(word))
            {
                initials.Clear();
            }
        }

        return marks;
    }

    /// <summary>
    /// "P J Bateson J Campbell Mrs E A Forde": names printed with no separator, each its initials and a surname.
    /// A piece is cut only when it is made of nothing else.
    /// </summary>
    private static IEnumerable<string> SplitInitialledNames(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        var current = new List<string>();
        foreach (var word in words)
        {
            var opensName = Initial().IsMatch(word) || PersonalTitle().IsMatch(word);
            if (opensName && current.Count > 0 && !Initial().IsMatch(current[^1]) && !PersonalTitle().IsMatch(current[^1]))
            {
                names.Add(string.Join(' ', current));
                current.Clear();
            }

            current.Add(word);
        }

        names.Add(string.Join(' ', current));
        var wellFormed = names.Count >= 3 && names.All(n => Initialled().IsMatch(n));
        return wellFormed ? names : [piece];
    }

    /// <summary>"Ron Dark (in the Chair) Robin Forrest": a bracket closes its person's entry, whoever is named after it.</summary>
    private static IEnumerable<string> SplitAfterBracket(string piece) => AfterBracket().Split(piece);

    /// <summary>"Robin Forrest Alan Biddlecombe Tony Clear": a few forenames and surnames run together, read a pair at a time.</summary>
    private static IEnumerable<string> SplitPairedNames(string piece) =>
        !OrganisationWord().IsMatch(CapitalisedSurname().Replace(piece, "Surname"))
        && (NameRun.Split(StripHonorifics(piece)) ?? NameRun.Pairs(StripHonorifics(piece))) is { } names ? names : [piece];

    /// <summary>True for a job title ("Democratic Services Officer", "Solicitor, Nplaw", "IT Support"), not a member's office.</summary>
    public static bool IsJobTitle(string text) => JobTitle().IsMatch(text) && !MemberOffice().IsMatch(text);

    private static bool IsCouncillor(string piece) => Councillor().IsMatch(piece.Trim());

    /// <summary>
    /// Apologies minuted in a sentence: "An apology for absence was received from Councillor Mrs. M. A. Sherrey JP.",
    /// "Apologies … on behalf of Councillor D. Hopkins with Councillor H.D.N. Warren-Clarke in attendance as the substitute."
    /// </summary>
    public static (List<Attendee> Apologies, List<Attendee> Substitutes)? FromNarrative(string sentence)
    {
        var m = ApologySentence().Match(sentence);
        if (!m.Success)
        {
            // "Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute;": one line of an apologies list.
            return ForWhomSubstitute().Match(sentence) is { Success: true } forWhom
                ? ([.. Names(forWhom.Groups["absent"].Value, AttendeeRole.Apology)], [.. Names(forWhom.Groups["sub"].Value, AttendeeRole.Substitute)])
                : null;
        }

        // "from the following members: Councillors C Brown and D White", "from Councillor Morgan and, Ruth Lake": the names alone.
        var names = FollowingLead().Replace(m.Groups["names"].Value, "").Replace(" and, ", " and ", StringComparison.Ordinal);

        // "from Cllr Purves With the absence of the Vice Chairman it was proposed …": a sentence run on without its stop.
        names = RunOnSentence().Split(names)[0];
        var substitutes = new List<Attendee>();
        var sub = SubstituteClause().Match(names);
        if (sub.Success)
        {
            substitutes.AddRange(Names(sub.Groups["subs"].Value, AttendeeRole.Substitute));
            names = names[..sub.Index];
        }

        // "on behalf of the Deputy Mayor, Councillor J McCarthy": the office before the name is not a person.
        names = OfficeBeforeName().Replace(names, "");
        var apologies = Names(names, AttendeeRole.Apology).ToList();
        return apologies.Count == 0 && substitutes.Count == 0 ? null : (apologies, substitutes);
    }

    /// <summary>
    /// An officers' list printed without separators ("Chief Executive Head of Finance (Acting) Member Services Officer"):
    /// cut before each word that opens a job title and after each word that ends one.
    /// </summary>
    public static IEnumerable<string> SplitRoles(string text)
    {
        var current = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Count > 0 && char.IsUpper(word[0]) && StartsNewRole(current[^1], word))
            {
                yield return string.Join(' ', current);
                current.Clear();
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    private static bool StartsNewRole(string previous, string word) =>
        (RoleOpening().IsMatch(word) && !RoleOpening().IsMatch(previous) && previous is not ("of" or "&" or "and" or "for"))
        || previous.EndsWith(')')
        || (RoleNoun().IsMatch(previous) && !RoleNoun().IsMatch(word));

    internal static string StripHonorifics(string name)
    {
        string previous;
        do
        {
            previous = name;
            name = Honorific().Replace(name, "").Trim();
        }
        while (name != previous);

        return name;
    }

    /// <summary>Splits at commas (unless told not to), semicolons and " and " outside brackets.</summary>
    private static IEnumerable<string> SplitTopLevel(string text, bool commas = true)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth > 0)
            {
                continue;
            }

            // "Councillor Mac Cafferty (Chair) Druitt (Joint Deputy Chair), …": a bracket can end a name without a comma.
            var cut = (c == ',' && commas) || c == ';' ? 1 : AndAt(text, i) ? 5 : c == ')' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) ? 1 : 0;
            if (cut > 0)
            {
                yield return text[start..(c == ')' ? i + 1 : i)].Trim();
                start = i + cut;
                i = start - 1;
            }
        }

        yield return text[start..].Trim();
    }

    private static bool AndAt(string text, int i) =>
        string.CompareOrdinal(text, i, " and ", 0, 5) == 0;

    // How minutes say apologies came in: "were received from", "had been tendered on behalf of".
    private const string ApologyReceived = "received|recorded|submitted|noted|given|tendered|intimated|reported";

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "and", "of", "for", "the", "de", "van", "von", "da", "la", "le", "du", "&" };

    // What may follow a label that has no colon: a name ("Cllr X", "Mr X", "P J Bateson"), or nothing on the line.
    // "Present. Cllrs.Chris Wilton …": a full stop parts the label from a member title.
    private const string NameFollows = @"(?=\s*[:–-]|\s*$|\.\s*(?:Councillors?|Cllrs?)\b|\s+(?:(?:County|District|Borough|Parish)\s+)?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Alderman|Aldermen)\b|\s+[A-Z]\.?\s+[A-Z])";

    // The labels are two patterns, tried in turn as one alternation's branches would be: as one, its matcher was too large for
    // the JIT to optimise (past about 50 KB of IL it stays unoptimised) and every line of every document paid five times over.
    [GeneratedRegex(
        @"^(?:(?<present>Present|PRESENT|(?:(?:Committee|Board|Council|Panel|Group)\s+)?Members\s+(?:present|Present)|(?:Committee|Board|Council|Panel|Group)\s+members\s+present|MEMBERS PRESENT|Councillors present|Councillors Present|COUNCILLORS PRESENT|Present Members|Other Members Present|Sederunt|SEDERUNT|Attended by|ATTENDED BY)(?:\s+(?:were|was))?(?:\s+(?:Councillors|Cllrs|Members))?" + NameFollows + "|"
        + @"(?<apologies>Apologies(?: for absence| for Absence| received)?|APOLOGIES(?: FOR ABSENCE)?|Apology(?: for absence| for Absence)?|APOLOGY(?: FOR ABSENCE)?)(?!\s*$)" + NameFollows + "|"
        // "Apologies were received from:", "Apologies for absence were received on behalf of:", "Apologies from members.": the names follow.
        + @"(?<apologies>Apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:\w+\s+){0,2}?(?:" + ApologyReceived + @"))?\s+(?:from|on\s+behalf\s+of)(?:\s+the\s+following)?(?:\s+(?:members|Members|Councillors|councillors))?\.?)(?=\s*:|\s*$)|"
        + @"(?<present>(?:[A-Z][\w&'’-]*\s+){0,3}(?:Attendees|ATTENDEES))(?=\s*:|\s*$)|"
        + @"(?<present>Attendance|ATTENDANCE)(?=\s*:|\s*$)|(?<present>Members|MEMBERS|Councillors|COUNCILLORS|Those present|Those Present|THOSE PRESENT)(?=\s*:)|"
        + @"(?<present>(?:The following|Those who)(?:\s+(?:people|persons|members|councillors|Councillors|governors|Governors))?\s+(?:attended|were present|were in attendance)(?:\s+(?:the|this)\s+meeting)?)(?=\s*:?\s*$)|"
        + @"(?<chair>Chair(?:man|person|woman)?|CHAIR(?:MAN|PERSON|WOMAN)?)(?=\s*:)|"
        + @"(?<vice>(?:Vice|Deputy)[- ]Chair(?:man|person|woman)?|(?:VICE|DEPUTY)[- ]CHAIR(?:MAN|PERSON|WOMAN)?)(?=\s*:)"
        + @")\s*(?::-|[:–-]|\.(?=\s*(?:Councillors?|Cllrs?)\b))?\s*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MembersLabelPattern();

    [GeneratedRegex(
        @"^(?:(?<officers>Officers(?: present| Present| in attendance| in Attendance)?|OFFICERS(?: PRESENT| IN ATTENDANCE)?|In attendance|In Attendance|IN ?ATTENDANCE|(?:Council\s+)?(?:Staff|Employees)\s+(?:[Pp]resent|in\s+[Aa]ttendance)|Attending|ATTENDING|Those attending|Those Attending|THOSE ATTENDING|Officers Attending|Non-members(?: attending| present| in attendance)?|\(?Officials\)?|Officials in attendance|OFFICIALS(?: IN ATTENDANCE)?)" + NameFollows + @"|(?<officers>IN ?ATTENDANCE)(?=\s)|"
        + @"(?<officers>(?:Parish |Town |Community |Council )?Clerk(?: to the Council)?|Minute[- ]taker|Minutes taken by)(?=\s*:\s*\S)|"
        + @"(?<also>Also (?:in attendance|present|In Attendance|in Attendance|Present)|ALSO (?:IN ATTENDANCE|PRESENT)|Other Members(?: in attendance| in Attendance)?|OTHER MEMBERS(?: IN ATTENDANCE| PRESENT)?|Others present|Observers?(?:\s*/\s*Presenters?)?|Presenters?|Guests?|In attendance as observers?)" + NameFollows + "|"
        + @"(?<subs>(?:Named )?Substitutes?|SUBSTITUTES?)(?=\s*:)|"
        + @"(?<chair>Presiding|PRESIDING|In the Chair)(?=\s*:|\s+[A-Z])|"
        // Absent without apology is no apology, nor any other list (the labelling convention of Tests/Corpus/blind/README.md).
        // The public who sat in are no one's attendance: "Members of the Public Present: Cllr H Davies".
        + @"(?<ignored>Members\s+of\s+(?:the\s+)?[Pp]ublic(?:\s+(?:[Pp]resent|in\s+[Aa]ttendance))?(?=\s*:)|Absence declared on Council business|(?:Absent|ABSENT)" + NameFollows + @"))\s*(?::-|[:–-]|\.(?=\s*(?:Councillors?|Cllrs?)\b))?\s*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OthersLabelPattern();

    // "Mr C King, Highland Council (Chairman)": one comma, then a body's name of two words or more; "Mrs Cobbold, Elliott," is two people.
    [GeneratedRegex(@"^[^,]+,\s*[A-Z][\w&'’-]*(?:\s+[\w&'’()-]+)+\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TitledAffiliation();

    [GeneratedRegex(@"\s+(?=(?:" + Vocabulary.SentenceOpener + @"|With|In|At|As|Following|After|Councillors)\s+[a-z])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex RunOnSentence();

    // A full stop after a name (not an initial), then a word and two more in lower case: a sentence, not the next name.
    [GeneratedRegex(@"(?<=[a-z)])\.\s+(?=[A-Z][a-z]+\s+[a-z]+\s+[a-z])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SentenceAfterList();

    [GeneratedRegex(@"^(?:The\s+Right\s+Worshipful\s+|The\s+Worshipful\s+)?(?:The\s+)?(?:Deputy\s+)?(?:Lord\s+)?Mayor,?\s+|^(?:(?:" + Vocabulary.CouncilTier + @")\s+)?(?:Councillors?\s+|Cllrs?\.\s*(?=[A-Z])|Cllrs?\s+|Aldermen\s+|Alderman\s+|Mayor\s+|Messrs\.?\s+|Members\s+(?=[A-Z]))", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\(([^()]*)\)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Bracket();

    [GeneratedRegex(@"(?<=\))\s+(?=[A-Z])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AfterBracket();

    // A surname with a capital inside it ("MacDonald", "McNab", "O’Reilly"), not a body's run-together name ("NatWest").
    [GeneratedRegex(@"\b(?:Ma?c|O['’]|Fitz)[A-Z][a-z]+\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CapitalisedSurname();

    // Posts of NHS and council bodies that read as a name's capitals: "GP", "Practice Nurse", "Lay Member – Patient".
    [GeneratedRegex(@"^(?:[\w&/–-]+\s+){0,3}(?:GP|Nurse|Doctor|Lay\s+Member|Secretary|Chair|Vice\s+Chair|Deputy\s+Chair|(?:Vice[\s-])?Conven[eo]r)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PostWord();

    [GeneratedRegex(@"\s(?<label>Present|PRESENT|Attendees|ATTENDEES|In attendance|In Attendance|IN ATTENDANCE|Apologies|APOLOGIES)\s*:\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TrailingLabelPattern();

    // A title that leads a person's name ("Cllr Harvey …", "Mrs D Carville", "County Councillor J Smith"), where a list may part people by it.
    [GeneratedRegex(@"(?<=^|\s)(?:(?:" + Vocabulary.CouncilTier + @")\s+)?(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Professor|Prof\.?|Sir|Dame)\s+(?=[A-Z])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex HonorificStart();

    [GeneratedRegex(@"(?:,|\s+and|\s+&)?\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TrailingJoin();

    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Cllr|Councillor)\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,2}$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FullName();

    // What a name-per-line list gives after a comma or a spaced dash in place of another name: an acronym (HMT, DfE), an
    // organisation ("Health and Social Care Information Centre"), a post; an office in brackets after it.
    [GeneratedRegex(@"^(?<name>[^,()–—]+?)(?:,|\s[–—-])\s+(?<from>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|the|&)){0,7}(?:\s*\((?<office>[^()]*)\))?)\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NameThenAffiliation();

    // A joint body's member by initials and surname, then the council that sent them, with no comma: "M Bateman Flintshire County
    // Council", "P Lewis (Chair) Conwy County Borough Council".
    [GeneratedRegex(@"^(?<name>(?:[A-Z]\.?\s+){1,3}(?:[A-Z][a-z]\s+)?[A-Z][\w'’-]+)(?:\s*\((?<office>[^()]*)\))?\s+(?<from>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|&)){0,5}\s+(?:Council|Authority))\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex InitialledNameThenCouncil();

    // A column's gap lost between a name and its body or office: "Paul Downey GDS", "John Adams DfID (phone)", "Liam Maxwell Chair".
    // The body only where it is an acronym, and not an honour ("John Spence OBE"): "Matthew Dovey Jisc" could be three names.
    [GeneratedRegex(@"^(?<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame)\.?\s+)?[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]*[a-z][\w'’-]*)\s+(?<from>(?!(?:OBE|MBE|CBE|KBE|DBE|BEM|JP|QC|KC|DL|MP|MSP|MS|AM|MLA)\b)[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\s*\((?<office>[^()]*)\))?|(?:Vice[- ])?Chair(?:man|person|woman)?|Secretary|Treasurer|Clerk)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NameThenAcronymOrOffice();

    [GeneratedRegex(@"^(?:the|The)\s+(?<office>[A-Z].*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OfficeWithArticle();

    [GeneratedRegex(@"^(?:(?:" + Vocabulary.CouncilTier + @")\s+)?(?:Councillors|Cllrs\.?|Aldermen)\s", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PluralMemberTitle();

    // "… Magennis and McEvoy": a list's last name after "and", where an organisation goes on ("Health and Social Care …").
    [GeneratedRegex(@"\s(?:and|&)\s+[A-Z][\w'’-]*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ListEndsWithSurname();

    [GeneratedRegex(@"\b(?:[A-Z][a-z]*[A-Z]\w*|Office|Govt|Government|Department|Ministry|Agency|Trust|University|College|Council|Authority|Police|Service|Services|Board|Ltd|Limited|Group|Team|Bank|Commission|Centre|Institute|Foundation|Association|Society|Partnership|Network|Company|Federation|Union|Hospital|School|Archives)\b|^[A-Z][a-z]+$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OrganisationWord();

    // A post printed in capitals after a member's initials: "(NO) CHAIR", "(CF) CLERK".
    [GeneratedRegex(@"^(?:CHAIR(?:MAN|PERSON|WOMAN)?|VICE-CHAIR(?:MAN|PERSON)?|CLERK|RFO|TREASURER|SECRETARY)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CapitalisedPost();

    [GeneratedRegex(@"^[A-Z]\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Initial();

    [GeneratedRegex(@"^(?<name>(?:" + Vocabulary.PersonalTitle + @")\.?\s+(?:[A-Z]\.?\s*){1,3}\s[A-Z][\w'’-]+)\s+(?<post>[A-Z][\w-]*\s.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex InitialledNameThenPost();

    // Not "Cllr Anne Rowley – Chairman Cllr Ben Ostler", where the office after a dash is the name's before it.
    [GeneratedRegex(@"(?<![–—-]\s*)\b(?<role>(?:Vice[- ]?|Deputy\s+)?Chair(?:man|person|woman)?)\s+(?<name>(?:" + Vocabulary.MemberTitle + "|" + Vocabulary.PersonalTitle + @")\.?\s[^,;()]+)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingChair();

    // "Present: Chair: Mr C Veitch: Secretary: Mr G M Beat: Treasurer: Mr J Kinnear …": a small body's officers, each office a
    // label before its holder, the holder running to the next label, comma or title.
    [GeneratedRegex(@":?\s*\b(?<role>(?:Vice[- ]?|Deputy\s+)?Chair(?:man|person|woman)?|Secretary|Treasurer)\s*:\s*(?<name>(?:" + Vocabulary.MemberTitle + "|" + Vocabulary.PersonalTitle + @")\.?\s[^,;:/()]+?)\s*(?=[:,;/]|$|\s(?:" + Vocabulary.MemberTitle + "|" + Vocabulary.PersonalTitle + @")\.?\s)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OfficeLabel();

    [GeneratedRegex(@"^(?:Members?\s+of\s+the\s+)?(?:Public|Press|Media|Observer)s?\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex PublicOrPress();

    [GeneratedRegex(@"^(?<left>[A-Z][^–—()]{1,50}?)\s+[–—-]\s+(?<right>[A-Z][^–—]{1,60}?)(?:\s*\([A-Z]{1,4}\))?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DashedPost();

    [GeneratedRegex(@"^(?<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?<post>(?:Non[- ]?Executive|Chief|Head|Director|Deputy|Depute|Assistant|Senior|Principal|Interim|Acting|Strategic|Operational|Monitoring|Democratic|Executive|Committee|Service|Services|Financial)\b.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NameThenPost();

    [GeneratedRegex(@"^(?:" + Vocabulary.PersonalTitle + @")\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PersonalTitle();

    [GeneratedRegex(@"^(?:(?:" + Vocabulary.PersonalTitle + @")\.?\s+)?(?:[A-Z]\.?\s+){1,3}[A-Z][\w'’-]+$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Initialled();

    // A comma, or an "and" before an initialled name ("Finance & Business Partner and D McNab"), not one inside a post ("HR and OD Adviser").
    [GeneratedRegex(@",\s+|\s+and\s+(?=(?:[A-Z]\.?\s+){1,3}[A-Z][a-z])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PersonAndPostBreak();

    [GeneratedRegex(@"^(?:(?:" + Vocabulary.CouncilTier + @")\s+)?(?:" + Vocabulary.MemberTitle + @")\s", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Councillor();

    [GeneratedRegex(@"\s+(?:has\s+|had\s+)?(?:sent|gave|tendered|offered|submitted)\s+(?:his|her|their)\s+apolog(?:y|ies)\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SentApologies();

    [GeneratedRegex(@"^(?<post>(?:(?:Parish|Town|Community|Deputy|Assistant|Locum|Acting)\s+)?(?:Clerk|RFO)(?:\s*/\s*(?:Clerk|RFO))?)\s+(?<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex StaffPostThenName();

    // A councillor of another tier by their post alone: "County Councillor", "District Councillor".
    [GeneratedRegex(@"^(?:" + Vocabulary.CouncilTier + @")\s+Councillors?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TieredCouncillor();

    [GeneratedRegex(@"^(?:the\s+)?(?<role>[A-Z][\w&'’/ -]{2,60}?)\s*\((?<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex RoleThenName();

    [GeneratedRegex(@"\b(?:Officers?|Manager|Solicitor|Lawyer|Clerk|Support|Director|Executive|Secretary|Adviser|Advisor|Administrator|Engineer|Planner|Accountant|Auditor|Treasurer|Coordinator|Co-ordinator|Assistant|Leader|Head|Analyst|Consultant|Surveyor)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex JobTitle();

    // Offices members hold, which a bracket beside a councillor's name may give ("Cabinet Member for…", "District Councillor").
    [GeneratedRegex(@"\b(?:Cabinet|Portfolio|Councillor|Member|Spokesperson|Chair|Mayor|Group Leader|Leader of the|Non[- ]?Executive)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MemberOffice();

    [GeneratedRegex(@"^(?<names>(?:(?:" + Vocabulary.CouncilTier + @")\s+)?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b.{2,200}?)\s+(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AlsoInAttendance();

    [GeneratedRegex(@"^(?<names>(?:(?:" + Vocabulary.CouncilTier + @")\s+)?(?:" + Vocabulary.MemberTitle + @")\s+[A-Z].{1,300}?)\s+(?:also\s+)?joined\s+the\s+meeting(?:\s+(?:virtually|remotely|online|late|by\s+(?:video|telephone|phone)(?:\s+link)?))?\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex JoinedTheMeeting();

    // "Councillor Smith in the Chair", or the office that chairs with its holder in brackets: "Lord Mayor (Councillor Yvonne Mosquito) in the Chair".
    [GeneratedRegex(@"^(?:(?:The\s+)?(?:(?:Right\s+)?Worshipful\s+(?:the\s+)?)?(?:Deputy\s+|Lord\s+|Vice\s+)?(?:Mayor|Provost|Chair(?:man|person|woman)?|Convene[ro]r)\s*\((?<name>[^()]+)\)|(?<name>(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}))\s+(?:was\s+)?in\s+the\s+Chair\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex InTheChair();

    [GeneratedRegex(@"^(?:Councillors?|Cllrs?\.?)\s+[A-Z][^;()]*\((?:in\s+the\s+)?Chair(?:man|person)?\)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex UnlabelledPresent();

    // "Cllrs B Austin, D Bretherton, N Champken-Woods …": a roll of councillors under the plural title.
    [GeneratedRegex(@"^(?:Councillors|Cllrs\.?)\s+[A-Z][^;,]*(?:,[^;,]+){2,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CouncillorRoll();

    // "Councillor Jeal attended as a substitute …", "It was noted that Councillor Poland was in attendance as a substitute for …".
    [GeneratedRegex(@"^(?:It\s+was\s+noted\s+that\s+)?(?<name>(?:Councillor|Cllr)\.?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:attended|was\s+in\s+attendance|was\s+present)\s+as\s+(?:a\s+|the\s+)?substitute\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AttendedAsSubstitute();

    [GeneratedRegex(@"^(?:in\s+the\s+)?(?:vice[-\s]?|(?:joint\s+)?deputy\s+)?chair(?:man|person|woman)?$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ChairRole();

    // "Councillors" on a line of its own heads the names below it: a title with no one after it is nobody.
    // "BAILIES", "COUNCILLORS": a Scottish roll's groups, by title, in capitals.
    [GeneratedRegex(@"^(?i:" + Vocabulary.MemberTitle + @"|Members?|Bailies?)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BareMemberTitle();

    [GeneratedRegex(@"^(?:None|Nil|N/?A|No one|There\s+were\s+no\s+(?:absences|apologies)|(?:(?:\d+|No|One|Two|Three|Four|Five|Six|Several)\s+)?Members? of the (?:Public|Press)|The Public|Public|Press)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex NoOne();

    [GeneratedRegex(
        @"\b[Aa]polog(?:y|ies)(?:\s+for\s+(?:absence|non-attendance|inability\s+to\s+attend)(?:\s+at\s+the\s+meeting)?)?\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:\w+\s+){0,2}?(?:" + ApologyReceived + @"|accepted(?:\s+and\s+recorded)?)\s+(?:from|on\s+behalf\s+of|by|for)\s+(?<names>.+?)\.?$|^There\s+(?:was\s+an\s+apology|were\s+apologies)(?:\s+for\s+absence)?\s+(?:\w+\s+){0,2}?from\s+(?<names>.+?)(?:,\s+which\s+(?:was|were)\s+accepted)?\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ApologySentence();

    [GeneratedRegex(@"^the\s+following(?:\s+(?:members|Members|Councillors|councillors))?\s*:\s*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FollowingLead();

    [GeneratedRegex(@"^(?<absent>[A-Z][^,;]{2,60}?),?\s+for\s+whom\s+(?<sub>[A-Z][^,;]{2,60}?)\s+(?:was|were|attended\s+as|acted\s+as)\s+(?:a\s+|the\s+)?substitute", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ForWhomSubstitute();

    [GeneratedRegex(@"\s+with\s+(?<subs>(?:Councillors?|Cllrs?)\s+.+?)\s+(?:in\s+attendance\s+)?as\s+(?:the|a|their|his|her)?\s*substitutes?\b.*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SubstituteClause();

    [GeneratedRegex(@"^\s*the\s+(?:[A-Z][\w-]*\s*){1,4},\s*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OfficeBeforeName();

    // Words that open a job title in an officers' list; "Director" is not one, since "Executive Director" is one title.
    [GeneratedRegex(@"^(?:Chief|Head|Deputy|Depute|Assistant|Senior|Principal|Interim|Strategic|Operational|Monitoring|Democratic)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex RoleOpening();

    [GeneratedRegex(@"^(?:Officer|Manager|Executive|Director|Clerk|Solicitor|Lawyer|Secretary|Adviser|Advisor|Assistant|Administrator|Engineer|Planner|Accountant|Auditor|Treasurer|Lead|Coordinator|Co-ordinator)s?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex RoleNoun();

    [GeneratedRegex(@"^(?:[\w/.]+\s+)?(?i:apolog(?:y|ies))(?:\s+(?i:for\s+absence))?(?:\s+(?i:and)\s+(?i:substitutes?|substitutions))?\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ApologiesTitle();

    // Two to five words, each a capitalised name or an initial, perhaps a bracketed note: "Alison Currie", "A Orr", "Jo Bell (JB)".
    [GeneratedRegex(@"\s*(?:[,–—]|\s-\s).*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex EntryPost();

    [GeneratedRegex(@"^(?=\S+\s+\S)(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*\(.*\))?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PersonEntry();

    // A post a member of a small body holds, printed after a dash: "— Secretary", "– Treasurer", "- Clerk".
    [GeneratedRegex(@"^(?:(?:Vice|Deputy|Assistant|Parish|Town|Minute)[- ]?)?(?:Secretary|Treasurer|Clerk|Officer|President|Trustee|Member|Councillor|Representative|RFO|Minute[- ]?taker)$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MemberPost();

    [GeneratedRegex(@"\b(?:Clerk|Officer|Minute[- ]?taker|RFO)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex StaffPost();
}
