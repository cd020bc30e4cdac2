using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>How minutes print an item heading: a number (<c>CYP14</c>, <c>25</c>, <c>17/25</c>, <c>PLA146/14</c>, <c>1.</c>) and a short title.</summary>
internal static partial class ItemHeadingRule
{
    /// <summary>A paragraph number within an item ("1.1", "2.4.1"), which numbers no item.</summary>
    public static bool IsParagraphNumber(string text) => ParagraphNumber().IsMatch(text.Trim());

    /// <summary>The item number when the line is nothing but one ("16.", "17/25", "PLA146/14", "3.0").</summary>
    public static string? NumberOnly(string text)
    {
        var m = NumberAlone().Match(text.Trim());
        return m.Success ? m.Groups["number"].Value : null;
    }

    /// <summary>
    /// Number and title when the line is a numbered heading ("CYP14 CHILDREN'S SOCIAL CARE UPDATE", "1. Apologies");
    /// <paramref name="setApart"/> when the layout sets the line as a heading, so a bare number may title one word ("57 Defibrillators").
    /// </summary>
    public static (string Number, string Title)? NumberedTitle(string text, bool setApart = false)
    {
        var m = NumberThenTitle().Match(text.Trim());
        if (!m.Success)
        {
            m = YearSequenceTitle().Match(text.Trim());
            if (!m.Success)
            {
                return null;
            }
        }

        // "52/24 Council Business a) Decisions:": the item's first part runs on after its title.
        var title = WithoutHeadingColon(FirstPartRunOn().Replace(Heading(m.Groups["title"].Value), ""));
        var number = m.Groups["number"].Value;
        // "3213. Planning Permissions:- DM/2021/01730 …": a colon and dash run the minute on after its title (RunInHeading).
        // "1) Apologies": a bracket numbers items as a stop does, but also a decision's parts ("1) The report be received").
        if (title.Contains(":-", StringComparison.Ordinal) || !IsTitleLike(title) || StartsWithMonth().IsMatch(title) || (title.Length > 0 && !char.IsUpper(title[0]) && !char.IsDigit(title[0]))
            || (m.Groups["dot"].Value == ")" && ResolutionBlock.IsDecisionShaped(title)))
        {
            return null;
        }

        // A bare count before a lower-weight word is prose ("2 Members…"), not an item: bare numbers need a longer title, or one
        // word in capitals ("1 APOLOGIES").
        return number.All(char.IsDigit) && !m.Groups["dot"].Success && title.Split(' ').Length < 2 && !setApart && !(IsCapitalsWord(title) && char.IsDigit(text.TrimStart()[0])) ? null : (number, title);
    }

    /// <summary>
    /// "6. Follow up items:", "3. Matters arising:": after its number, a phrase of a few words in sentence case ending in a
    /// colon is the item's title, the colon opening what is minuted under it; a sentence that leads into a list ("The
    /// following were noted:", "Councillors reported:") opens with its subject or says its verb, and keeps its colon.
    /// </summary>
    private static string WithoutHeadingColon(string title)
    {
        if (!title.EndsWith(':') || ResolutionBlock.IsLabel(title))
        {
            return title;
        }

        var words = title[..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && !SentenceOpener().IsMatch(words[0]) && words.All(w => w.All(c => char.IsLetter(c) || c is '&' or '-' or '’' or '\''))
               && words.Skip(1).All(w => !char.IsUpper(w[0]) && !w.EndsWith("ed", StringComparison.Ordinal))
            ? title[..^1].TrimEnd()
            : title;
    }

    [GeneratedRegex("^(?:" + Vocabulary.SentenceOpener + ")$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SentenceOpener();

    private static bool IsCapitalsWord(string word) => word.Length >= 4 && word.All(char.IsUpper);

    /// <summary>The words after a line's number ("1. Present" gives "Present"), whatever they are; null for a line with no number.</summary>
    public static string? AfterNumber(string text) => NumberThenTitle().Match(text.Trim()) is { Success: true } m ? m.Groups["title"].Value : null;

    /// <summary>"45/24 Apologies Cllr D Walshe": a numbered item of apologies or attendance, its names run on after its title.</summary>
    public static (string Number, string Title, AttendanceSection.List List, string Names)? NumberedAttendance(string text)
    {
        var m = NumberThenTitle().Match(text.Trim());
        if (!m.Success || AttendanceSection.Label(m.Groups["title"].Value) is not { Remainder.Length: > 0, List: AttendanceSection.List.Apologies or AttendanceSection.List.Present } label)
        {
            return null;
        }

        var title = m.Groups["title"].Value;
        return (m.Groups["number"].Value, title[..^label.Remainder.Length].TrimEnd(' ', ':', '-', '–'), label.List, label.Remainder);
    }

    /// <summary>A heading as a reader would file it: no link artefacts ("pdf icon PDF 57 KB"), no dangling dash ("MINUTES -").</summary>
    public static string Heading(string text)
    {
        var t = LinkArtefacts.Strip(text).TrimEnd(' ', '-', '–');

        // "C048/23   1.   APOLOGIES FOR ABSENCE.": a minute code, then the agenda's own number, then the title.
        t = AgendaNumber().Replace(t, "");
        return CapitalsEndingInColon(t) || TitleCaseEndingInColon(t) ? t[..^1].TrimEnd() : t;
    }

    /// <summary>
    /// A heading run into its paragraph, as parish and printed minutes often set them: "2. DECLARATIONS OF INTEREST. There were
    /// none.", "6. THE MINUTES of the meeting … were approved", "1. Receipt of apologies – there were none.", a minute number
    /// and a title with a colon "3210.Approval of minutes of previous meeting: Approved &amp; signed as correct."
    /// </summary>
    public static (string Number, string Title, string Body)? RunInHeading(string text)
    {
        var m = RunIn().Match(text.Trim());
        if (!m.Success)
        {
            m = BareNumberRunIn().Match(text.Trim());
            if (!m.Success)
            {
                return null;
            }
        }

        var title = m.Groups["title"].Value.Trim().TrimEnd('.', ' ');
        return title.Split(' ').Length <= 10 ? (m.Groups["number"].Value, title, m.Groups["rest"].Value.Trim()) : null;
    }

    /// <summary>
    /// An unnumbered heading in capitals run into its paragraph, as small bodies print them: "FINANCE. A cheque was signed …",
    /// "THE MINUTES of the previous meeting were read"; null when the paragraph does not open so.
    /// </summary>
    public static (string Title, string Body)? CapitalsRunInHeading(string text)
    {
        var m = CapitalsRunIn().Match(text.Trim());
        var title = m.Groups["title"].Value;
        return m.Success && title.Count(char.IsLetter) >= 5 && title.Split(' ').Length <= 6 && IsTitleLike(title) ? (title, m.Groups["rest"].Value) : null;
    }

    /// <summary>
    /// A numbered heading in title case ended by a full stop and run into its paragraph: "3. Minutes of Previous Meetings. The
    /// minutes of Meeting no 420 …", "4. Police Report. A report was received."; null when the paragraph does not open so.
    /// </summary>
    public static (string Number, string Title, string Body)? TitleCaseRunInHeading(string text)
    {
        var m = TitleCaseRunIn().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var title = m.Groups["title"].Value;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && IsTitleCase(words)
               && !StartsWithMonth().IsMatch(title) && IsTitleLike(title)
            ? (m.Groups["number"].Value, title, m.Groups["rest"].Value)
            : null;
    }

    /// <summary>True for a line that can be a heading: short, no sentence punctuation at the end, not a list entry or label.</summary>
    public static bool IsTitleLike(string text)
    {
        var t = text.Trim();
        if (ShortTitleWithStop(t) || CapitalsEndingInColon(t) || TitleCaseEndingInColon(t))
        {
            t = t[..^1];
        }

        // Length first: a paragraph is no title, and most lines asked about are paragraphs.
        if (t.Length is < 3 or > 160 || IsMotion(t) || DanglingConjunction().IsMatch(t) || IsParagraphNumber(t) || t.All(c => char.IsDigit(c) || c == '.') || ContactLine().IsMatch(t)
            || SignatureLine().IsMatch(t) || ActionField().IsMatch(t) || WhoPresides().IsMatch(t))
        {
            return false;
        }

        return !SentenceEnd().IsMatch(t)
               && !t.Contains(';', StringComparison.Ordinal)
               && !SubResolutionMarker.Starts(t)
               && !AttendanceSection.IsLabel(t)
               && !ResolutionBlock.IsLabel(t)
               && char.IsLetterOrDigit(t[0]);
    }

    // Who chaired, opened the meeting or attended how: "THE WORSHIPFUL THE MAYOR … IN THE CHAIR", "The vicechair opened the
    // meeting at 7.15 pm", "Councillors Braithwaite and Judge attended remotely".
    [GeneratedRegex(@"\bin\s+the\s+chair$|\b(?:opened|declared\s+open)\s+the\s+meeting\b|\battended\s+(?:remotely|virtually|online|in\s+person)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex WhoPresides();

    /// <summary>A figure a table holds, not a title: amounts and numbers with at most a word's stub ("£9422", "£1,000", "Total=").</summary>
    public static bool IsFigure(string text)
    {
        var t = text.Trim();
        return t.EndsWith('=') || (t.Any(char.IsDigit) && Amount().Replace(t, "").Count(char.IsLetter) < 3);
    }

    /// <summary>The mover and seconder of a motion ("It was moved by Councillor X, seconded by Councillor Y and").</summary>
    public static bool IsMotion(string text) => Motion().IsMatch(text.Trim());

    /// <summary>"DECLARATION OF LOCAL AND PECUNIARY INTERESTS:": a heading in capitals may end with a colon.</summary>
    private static bool CapitalsEndingInColon(string t) => t.EndsWith(':') && t.Any(char.IsLetter) && !t.Any(char.IsLower);

    /// <summary>"Mayor's Announcements.": a heading of a few words some minutes end with a full stop.</summary>
    /// <summary>"Foodbanks Report:", "Police Matters:": a few words, each capitalised, then a colon (not "The Committee:" over its decisions).</summary>
    private static bool TitleCaseEndingInColon(string t) =>
        t.EndsWith(':') && !ResolutionBlock.IsLabel(t) && t[..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 5 } words
        && IsTitleCase(words);

    /// <summary>Every word capitalised but the small ones ("Date, Time and Place of Next Meeting").</summary>
    private static bool IsTitleCase(IEnumerable<string> words) =>
        words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || MeetingHeader.SmallWords.Contains(w));

    private static bool ShortTitleWithStop(string t) =>
        t.EndsWith('.') && !t.EndsWith("..", StringComparison.Ordinal) && t.Split(' ').Length <= 6
        && !t[..^1].Contains(". ", StringComparison.Ordinal) && t.Count(char.IsUpper) >= 2;

    /// <summary>True for a line that reads as prose: a sentence, too long to be a heading, or mostly lower-case words.</summary>
    public static bool IsProse(string text)
    {
        var t = text.Trim();
        if (t.Length > 160 || SentenceEnd().IsMatch(t))
        {
            return true;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 8 && words.Count(w => char.IsLower(w[0])) * 5 >= words.Length * 2;
    }

    // "CYP14", "PLA146/14", "44/23", "12", a parish's month.year.sequence reference "08.22.01", a body's and year's prefix
    // "PC/24/01", a year range before the sequence "23/24-045", and a body's prefix, sequence and session "Cou/286/07-08".
    private const string Number = @"(?<number>[A-Z]{1,5}/\d{2,4}/\d{1,4}|[A-Z][a-z]{1,3}/\d{1,4}/\d{2}(?:-\d{2})?|\d{2}/\d{2}-\d{1,4}|(?!PART\b|Part\b)[A-Z]{1,5}\s?\d{1,4}(?:/\d{2,4})?|\d{1,4}/\d{2,4}|\d{2}\.\d{2}\.\d{2,3}(?=\s)|\d{1,4})";

    // "Item 1 –", "Agenda Item 1:", "Minute 23/045", "Min 101.": the word some minutes print before the number.
    private const string NumberWord = @"(?:(?:Agenda\s+)?Item|ITEM|Minute|MINUTE|Min\.?)\s+";

    [GeneratedRegex(@"\s+\(?a\)\s.*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FirstPartRunOn();

    [GeneratedRegex(@"[£$€]?\s?\d[\d,.]*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Amount();

    [GeneratedRegex(@"^(?:(?<number>\d{1,4})\.\s*|(?<number>[A-Z]{1,5}/\d{2,4}/\d{1,4}|[A-Z]{1,5}\d{1,4}/\d{2,4}|\d{1,4}/\d{2,4}|\d{2}\.\d{2}\.\d{2,3})\s+)(?:(?<title>(?:[A-Z][A-Z'’&/()-]*\s+)*[A-Z][A-Z'’&/()-]+)(?:\.\s+|\s+[–-]\s+|\s+(?=[a-z(]))|(?<title>[A-Z][^.;:–]{2,60}?)\s+[–-]\s+|(?<title>[A-Z][^.;:–]{2,60}?):-?\s+)(?<rest>\S.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex RunIn();

    // A number with no stop needs a dash after its title to run on: "9 Earmarked Reserves – A Dougall presented …"; without
    // one, "2 Members of the public attended" is a count in prose.
    [GeneratedRegex(@"^(?<number>\d{1,3})\s+(?<title>[A-Z][^.;:–]{2,60}?)\s+[–-]\s+(?<rest>\S.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BareNumberRunIn();

    [GeneratedRegex(@"^(?<title>[A-Z][A-Z'’&/-]+(?:\s+[A-Z][A-Z'’&/-]*)*)(?:\.\s+|\s+(?=[a-z(]))(?<rest>\S.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CapitalsRunIn();

    [GeneratedRegex(@"^(?<number>\d{1,3})\.\s*(?<title>[A-Z][^.;:–]{1,60}?)\.\s+(?<rest>[A-Z0-9(“""'].*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TitleCaseRunIn();

    [GeneratedRegex(@"^\d{1,3}\.(?:[1-9]\d?|0\d)(?:\.\d{1,2})?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ParagraphNumber();

    [GeneratedRegex(@"^\d{1,3}\.\s+(?=\S)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AgendaNumber();

    // The mover and seconder of a motion, printed on the line before the decision: "Seconded by Councillor Hendron and".
    [GeneratedRegex(@"^(?:(?:It\s+was\s+)?(?:proposed|moved|seconded|PROPOSED|MOVED|SECONDED|Proposed|Moved|Seconded)\s+by\b|It\s+was\s*$)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Motion();

    [GeneratedRegex(@"(?:\s+and|\s+or|,)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DanglingConjunction();

    [GeneratedRegex("^" + Number + @"(?<dot>\.)?$|^(?<number>\d{1,3}\.0)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NumberAlone();

    // After a word such as "Item" the number may end with a colon or a dash ("Item 1 – Apologies"); a bare number may not,
    // since a declarations table cites minutes so ("8 – Cartrefi Croeso Ltd").
    [GeneratedRegex("^(?:" + NumberWord + Number + @"(?:\.\s*|:\s*|\s+[-–]\s+|\s+)|(?:" + Number + @"|(?<number>\d{1,3}\.0)(?=\s))(?:(?<dot>[.)])(?!\d)\s*|:\s+|\s+))(?<title>\S.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NumberThenTitle();

    // "21.44 ELECTION OF CHAIR OF THE COUNCIL": a year's minute numbered year.sequence; a title in capitals tells it from a paragraph's "2.14".
    [GeneratedRegex(@"^(?<number>\d{2}\.\d{2,3})\s+(?<title>[A-Z][^a-z]*[A-Z][^a-z]*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex YearSequenceTitle();

    [GeneratedRegex(@"[.,:;!]$|:-$|\.\)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SentenceEnd();

    // "11 March …", "11 Jul 2017 - 10:00 to 16:00": a day and its month, not a number and a title.
    [GeneratedRegex(@"^(?:(?:" + Vocabulary.Month + @")\b|(?:" + Vocabulary.MonthAbbreviation + @")\.?\s+\d)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex StartsWithMonth();

    // "Contact Karen Nixon Tel 01743 257720.": a portal's contact line, not an item's title.
    [GeneratedRegex(@"^Contact\b|\b(?:Tel|Telephone|Phone)\b\.?\s*:?\s*\+?\d", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ContactLine();

    // "Due: September", "Owner: Clerk": a field of the action note above it, not a title.
    [GeneratedRegex(@"^(?i:" + Vocabulary.ActionField + @")\s*:\s*\S", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ActionField();

    // "Signed ………… Date …………", "Chairman ____": the lines left for a signature close the minutes; they are no item.
    [GeneratedRegex(@"^Signed\b|…{3,}|\.{6,}|_{5,}", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex SignatureLine();
}
