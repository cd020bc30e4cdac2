using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.Meetings;

namespace CouncilMinutes.Cli.Ingesting;

/// <summary>
/// What the Functions host does for the blob trigger, for the command line: a document another worker holds, or a meeting
/// another document is writing, is tried again after a growing pause, until that work is done or a minute has passed.
/// </summary>
internal static class TransientRetry
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var waited = TimeSpan.Zero; ; waited += delay, delay *= 2)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Exception e) when (e is DocumentBusyException or MeetingWriteConflictException && waited < TimeSpan.FromMinutes(1))
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
