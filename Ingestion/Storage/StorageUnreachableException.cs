using Azure;

namespace CouncilMinutes.Ingestion.Storage;

/// <summary>A storage service did not answer at all (refused, unresolvable, timed out), after the SDK's retries.</summary>
public sealed class StorageUnreachableException : Exception
{
    public StorageUnreachableException(Uri endpoint, Exception innerException)
        : base($"Storage did not answer at {endpoint}: {Reason(innerException)}", innerException)
    {
        Endpoint = endpoint;
    }

    public StorageUnreachableException()
    {
    }

    public StorageUnreachableException(string message)
        : base(message)
    {
    }

    public StorageUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The service endpoint that did not answer.</summary>
    public Uri? Endpoint { get; }

    /// <summary>True when the request never got an HTTP answer, as opposed to an answer that was an error.</summary>
    /// <remarks>
    /// The SDK reports a failed connection as a <see cref="RequestFailedException"/> with status 0 and, once its retries are
    /// spent, wraps one such exception per try in an <see cref="AggregateException"/>. Inside that, a cancellation is a
    /// request that timed out: a caller's own cancellation ends the retries and surfaces unwrapped.
    /// </remarks>
    public static bool IsTransportFailure(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0
                                        && aggregate.InnerExceptions.All(e => e is OperationCanceledException || IsTransportFailure(e)),
        RequestFailedException failed => GotNoResponse(failed),
        HttpRequestException => true,
        _ => false,
    };

    /// <summary>The SDK's status for a request no service answered: there was no HTTP response, so there is no error code either.</summary>
    private static bool GotNoResponse(RequestFailedException failed) => failed.Status == 0;

    private static string Reason(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Reason(aggregate.InnerExceptions[^1]),
        RequestFailedException { InnerException: { } inner } => inner.Message,
        _ => exception.Message,
    };
}
