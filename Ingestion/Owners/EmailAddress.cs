using MimeKit;

namespace CouncilMinutes.Ingestion.Owners;

/// <summary>A bare email address (<c>name@council.gov.uk</c>, no display name), as MimeKit reads one.</summary>
public static class EmailAddress
{
    /// <summary>The longest address SMTP carries (RFC 5321's path limit less its brackets).</summary>
    private const int MaxLength = 254;

    public static bool IsValid(string? text) =>
        text is { Length: > 0 and <= MaxLength }
        && MailboxAddress.TryParse(ParserOptions.Default, text, out var mailbox)
        && string.IsNullOrEmpty(mailbox.Name)
        && mailbox.Address == text.Trim()
        && mailbox.Domain.Length > 0;
}
