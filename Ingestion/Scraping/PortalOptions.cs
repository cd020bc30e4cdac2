namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>Settings of the ModernGov portal scraper (configuration section <c>Portal</c>, environment <c>Portal__BaseUrl</c>).</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Said in the User-Agent when <see cref="Contact"/> is unset: a made-up address would point the council at nobody.</summary>
    public const string NoContact = "contact not configured";

    /// <summary>The portal's address; its web service is <c>{BaseUrl}/mgWebService.asmx</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://councillors.halton.gov.uk");

    /// <summary>The council whose portal it is, set as the documents' <c>council</c> metadata; unset, none is given.</summary>
    public string? Council { get; set; }

    /// <summary>Committee ids to watch (<c>Portal__Committees__0=316</c>); empty, every committee neither deleted nor expired.</summary>
    public List<int> Committees { get; set; } = [];

    /// <summary>How far back a run looks for meetings, from the committee's last successful run: how long minutes are waited for.</summary>
    public int WindowDays { get; set; } = 60;

    /// <summary>How far ahead a run lists meetings to come, so that an action due at the next meeting has its day.</summary>
    public int CalendarDays { get; set; } = 120;

    /// <summary>Requests in flight to one portal at once.</summary>
    public int MaxConcurrentRequests { get; set; } = 2;

    /// <summary>The least time between the starts of two requests to one portal.</summary>
    public TimeSpan MinDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>How long one attempt at a request may take before it is abandoned (and retried).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a request may take in all, its retries and their delays included, its body read.</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Retries of a request that failed in a way worth retrying (a dropped connection, a timeout, 408, 429, 5xx).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay, growing exponentially with jitter; a <c>Retry-After</c> from the portal takes precedence.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The product in the User-Agent, name/version.</summary>
    public string UserAgent { get; set; } = "CouncilMinutesPipeline/1.0";

    /// <summary>An email address or URL the council can reach the operator at, put in the User-Agent.</summary>
    public string? Contact { get; set; }

    /// <summary>The User-Agent header every request carries: the product and how to reach whoever runs it.</summary>
    public string UserAgentHeader => $"{UserAgent} (+{(string.IsNullOrWhiteSpace(Contact) ? NoContact : Contact.Trim())})";

    /// <summary>What is wrong with the settings, in words a person configuring them can act on; empty when nothing is.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!BaseUrl.IsAbsoluteUri || BaseUrl.Scheme is not ("http" or "https"))
        {
            problems.Add($"{SectionName}:BaseUrl must be an absolute http(s) address, such as https://councillors.halton.gov.uk.");
        }

        if (Committees.Any(id => id <= 0))
        {
            problems.Add($"{SectionName}:Committees holds committee ids, which are positive numbers (-1, all committees, is what an empty list means).");
        }

        Require(WindowDays > 0, "WindowDays must be at least 1.");
        Require(CalendarDays >= 0, "CalendarDays must not be negative.");
        Require(MaxConcurrentRequests > 0, "MaxConcurrentRequests must be at least 1.");
        Require(MinDelay >= TimeSpan.Zero, "MinDelay must not be negative.");
        Require(RequestTimeout > TimeSpan.Zero, "RequestTimeout must be positive.");
        Require(TotalRequestTimeout > RequestTimeout, "TotalRequestTimeout must be longer than RequestTimeout.");
        Require(MaxRetries >= 1, "MaxRetries must be at least 1.");
        Require(RetryDelay >= TimeSpan.Zero, "RetryDelay must not be negative.");

        // Both go into a request header: a line break there would let configuration write headers of its own.
        Require(!string.IsNullOrWhiteSpace(UserAgent) && !HasControl(UserAgent), "UserAgent must be a product name/version on one line.");
        Require(Contact is null || !HasControl(Contact), "Contact must be an email address or URL on one line.");
        return problems;

        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add($"{SectionName}:{problem}");
            }
        }
    }

    private static bool HasControl(string value) => value.Any(char.IsControl);
}
