namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>The portal did not give what was asked for: no answer, an error status after the retries, or a malformed body.</summary>
public sealed class PortalException : Exception
{
    public PortalException(Uri url, string reason, Exception? innerException = null)
        : base($"{url}: {reason}", innerException)
    {
        Url = url;
        Reason = reason;
    }

    public PortalException()
    {
    }

    public PortalException(string message)
        : base(message)
    {
    }

    public PortalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The address asked for.</summary>
    public Uri? Url { get; }

    /// <summary>What went wrong, without the URL.</summary>
    public string Reason { get; } = "";
}
