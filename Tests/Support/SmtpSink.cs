using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace CouncilMinutes.Tests.Support;

/// <summary>
/// An SMTP server on a real 127.0.0.1 socket that keeps what it is sent: enough of RFC 5321 for MailKit (EHLO, MAIL,
/// RCPT, DATA, RSET, NOOP, QUIT, no TLS). It can turn clients away with 421, as a server that is down or overloaded does.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _mails = new();
    private readonly Task _accepting;
    private readonly ConcurrentDictionary<string, bool> _refusedRecipients = new(StringComparer.OrdinalIgnoreCase);
    private int _refuse;

    public SmtpSink()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Every mail accepted, in order, once per recipient of its envelope.</summary>
    public IReadOnlyList<ReceivedMail> Mails => _mails.ToArray();

    /// <summary>Connections greeted so far, refused ones included.</summary>
    public int Connections => _connections;

    private int _connections;

    /// <summary>The next <paramref name="connections"/> connections are greeted with 421 and closed; -1: every one from now on.</summary>
    public void Refuse(int connections) => Volatile.Write(ref _refuse, connections);

    /// <summary>From now on, RCPT TO this address is answered 450 (mailbox unavailable, try later).</summary>
    public void RefuseRecipient(string address) => _refusedRecipients[address] = true;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                sessions.Add(SessionAsync(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        await Task.WhenAll(sessions).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task SessionAsync(TcpClient client)
    {
        using var _ = client;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var token = timeout.Token;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        Interlocked.Increment(ref _connections);
        var refuse = Volatile.Read(ref _refuse);
        if (refuse != 0)
        {
            if (refuse > 0)
            {
                Interlocked.Decrement(ref _refuse);
            }

            await writer.WriteLineAsync("421 4.3.2 Service not available, closing channel".AsMemory(), token);
            return;
        }

        await writer.WriteLineAsync("220 localhost test SMTP sink".AsMemory(), token);
        string? from = null;
        var to = new List<string>();
        try
        {
            while (await reader.ReadLineAsync(token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8".AsMemory(), token);
                        break;
                    case "HELO":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK".AsMemory(), token);
                        break;
                    case "RSET":
                        (from, to) = (null, []);
                        await writer.WriteLineAsync("250 OK".AsMemory(), token);
                        break;
                    case "MAIL":
                        from = Address(line);
                        await writer.WriteLineAsync("250 OK".AsMemory(), token);
                        break;
                    case "RCPT" when _refusedRecipients.ContainsKey(Address(line)):
                        await writer.WriteLineAsync("450 4.2.1 Mailbox unavailable, try again later".AsMemory(), token);
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await writer.WriteLineAsync("250 OK".AsMemory(), token);
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>".AsMemory(), token);
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.Latin1.GetBytes(data.ToString())), token);
                        foreach (var recipient in to)
                        {
                            _mails.Enqueue(new ReceivedMail(from ?? "", recipient, message));
                        }

                        (from, to) = (null, []);
                        await writer.WriteLineAsync("250 OK queued".AsMemory(), token);
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye".AsMemory(), token);
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented".AsMemory(), token);
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The client went away.
        }
    }

    private static string Address(string line) =>
        line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)];
}

/// <summary>One mail as the sink received it, for one envelope recipient.</summary>
internal sealed record ReceivedMail(string From, string To, MimeMessage Message)
{
    public string Subject => Message.Subject ?? "";

    public string Text => Message.TextBody ?? "";

    public string Html => Message.HtmlBody ?? "";
}
