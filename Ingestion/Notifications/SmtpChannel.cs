using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>Sends a digest as an email (plain text and HTML) through the SMTP server of <see cref="SmtpOptions"/>, one connection per email.</summary>
internal sealed class SmtpChannel(IOptions<NotificationOptions> options) : INotificationChannel
{
    public string Name => NotificationChannels.Smtp;

    public async Task SendAsync(Recipient recipient, Digest digest, RenderedDigest message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        using var mail = new MimeMessage
        {
            Subject = message.Subject,
            Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody(),

            // The same for every send of this digest to this address, so a mail system that sees it twice can tell.
            MessageId = $"{digest.DigestId}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.Id)))[..12]}@council-minutes",
        };
        // The options validator requires Host and From with the smtp channel.
        mail.From.Add(MailboxAddress.Parse(smtp.From!));
        mail.To.Add(MailboxAddress.Parse(recipient.Address));
        mail.Headers.Add("X-Minutes-Digest", digest.DigestId);

        using var client = new SmtpClient { Timeout = (int)settings.SendTimeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, Security(smtp.Security), cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(mail, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
