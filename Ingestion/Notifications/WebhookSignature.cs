using System.Security.Cryptography;
using System.Text;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>The <c>X-Minutes-Signature</c> header: <c>sha256=</c> and the hex HMAC-SHA256 of the request body under the shared secret.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Minutes-Signature";

    private const string Prefix = "sha256=";

    public static string Sign(ReadOnlySpan<byte> body, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>True when <paramref name="signature"/> is the body's signature under <paramref name="secret"/> (compared in constant time).</summary>
    public static bool Verify(ReadOnlySpan<byte> body, string? signature, string secret) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(body, secret)), Encoding.ASCII.GetBytes(signature));
}
