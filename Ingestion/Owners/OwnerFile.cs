using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace CouncilMinutes.Ingestion.Owners;

/// <summary>
/// An owners file as a clerk keeps it: CSV with the header <c>name,aliases,email,webhook</c> (aliases and several emails
/// separated by <c>;</c>, email or webhook may be empty), or the same fields as a JSON array of objects.
/// </summary>
public static class OwnerFile
{
    /// <summary>Larger files are refused unread: a directory is a few hundred rows.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly string[] Columns = ["name", "aliases", "email", "webhook"];

    /// <summary>Reads the owners in <paramref name="content"/>; JSON when it starts with <c>[</c>, else CSV.</summary>
    /// <exception cref="OwnerFileException">The file is too large or malformed, or a row is not usable; the message lists every problem by line or entry.</exception>
    public static IReadOnlyList<Owner> Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
        {
            throw new OwnerFileException([$"the file is {content.Length / 1024} KB; an owners file may be at most {MaxBytes / 1024} KB."]);
        }

        var text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(content).TrimStart('\uFEFF');
        var problems = new List<string>();
        var owners = text.TrimStart().StartsWith('[') ? FromJson(text, problems) : FromCsv(text, problems);
        foreach (var (key, clashing) in OwnerMatcher.Clashes(owners))
        {
            problems.Add($"'{key}' would match {string.Join(" and ", clashing.Select(o => o.Name))}: give each name or alias to one owner.");
        }

        return problems.Count > 0 ? throw new OwnerFileException(problems) : owners;
    }

    private static List<Owner> FromCsv(string text, List<string> problems)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = header => header.Header.Trim().ToLowerInvariant(),
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
        };
        if (UnclosedQuote(text) is { } opened)
        {
            problems.Add($"line {opened}: a quoted field opens here and is never closed: add the missing \" (a quote inside a field is written \"\").");
            return [];
        }

        using var csv = new CsvReader(new StringReader(text), configuration);
        var owners = new List<Owner>();
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header
                || !Columns.All(c => header.Any(h => h.Trim().Equals(c, StringComparison.OrdinalIgnoreCase))))
            {
                problems.Add($"line 1: the header must be {string.Join(',', Columns)}.");
                return owners;
            }

            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (Owner(csv.GetField("name"), csv.GetField("aliases"), csv.GetField("email"), csv.GetField("webhook"), $"line {line}", problems) is { } owner)
                {
                    owners.Add(owner);
                }
            }
        }
        catch (CsvHelperException e)
        {
            problems.Add($"line {csv.Parser.RawRow}: not readable as CSV ({e.GetType().Name}).");
        }

        return owners;
    }

    /// <summary>
    /// The line where a quoted field starts that no quote closes, if any: the CSV reader would take the rest of the file
    /// as that one field and report the last line, not the one to fix.
    /// </summary>
    private static int? UnclosedQuote(string text)
    {
        var line = 1;
        var fieldStart = true;
        int? opened = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (opened is not null)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                }
                else if (c == '"')
                {
                    opened = null;
                }
            }
            else if (c == '"' && fieldStart)
            {
                opened = line;
            }

            if (c == '\n')
            {
                line++;
            }

            fieldStart = opened is null && (c is ',' or '\n' or '\r' || (fieldStart && c is ' ' or '\t'));
        }

        return opened;
    }

    private static List<Owner> FromJson(string text, List<string> problems)
    {
        var owners = new List<Owner>();
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 8 });
            var n = 0;
            foreach (var entry in json.RootElement.EnumerateArray())
            {
                n++;
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"entry {n}: not an object with name, aliases, email, webhook.");
                }
                else if (Owner(Field(entry, "name"), Field(entry, "aliases"), Field(entry, "email"), Field(entry, "webhook"), $"entry {n}", problems) is { } owner)
                {
                    owners.Add(owner);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            problems.Add($"not a JSON array of owners: {e.Message}");
        }

        return owners;
    }

    /// <summary>A field as text: a string, or an array of strings joined by <c>;</c> (aliases and emails may be either).</summary>
    private static string? Field(JsonElement entry, string name)
    {
        var property = entry.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        return property.Value.ValueKind switch
        {
            JsonValueKind.String => property.Value.GetString(),
            JsonValueKind.Array => string.Join(';', property.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            _ => property.Value.GetRawText(),
        };
    }

    private static Owner? Owner(string? name, string? aliases, string? email, string? webhook, string where, List<string> problems)
    {
        var before = problems.Count;
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || Keys.Slug.From(name).Length == 0 || OwnerName.Key(name).Length == 0)
        {
            problems.Add($"{where}: a name is required.");
            return null;
        }

        if (name.Length > 200)
        {
            problems.Add($"{where}: the name is over 200 characters.");
        }

        var emails = List(email);
        foreach (var bad in emails.Where(e => !EmailAddress.IsValid(e)))
        {
            problems.Add($"{where}: '{Printable.Text(bad)}' is not an email address.");
        }

        Uri? hook = null;
        if (!string.IsNullOrWhiteSpace(webhook)
            && (!Uri.TryCreate(webhook.Trim(), UriKind.Absolute, out hook) || hook.Scheme is not ("https" or "http") || hook.UserInfo.Length > 0 || webhook.Length > 2000))
        {
            problems.Add($"{where}: the webhook must be an http(s) URL without user name, at most 2000 characters.");
        }

        return problems.Count == before ? new Owner(name, List(aliases), emails, hook) : null;
    }

    private static List<string> List(string? text) =>
        (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>An owners file that cannot be imported; <see cref="Problems"/> names each problem by line (CSV) or entry (JSON).</summary>
public sealed class OwnerFileException : Exception
{
    public OwnerFileException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public OwnerFileException() : this([]) { }

    public OwnerFileException(string message) : this([message]) { }

    public OwnerFileException(string message, Exception innerException) : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; } = [];
}
