using System.Net;
using Azure;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Ingestion.Documents;

/// <summary>
/// Tells a failure that a retry cannot mend (the same document fails the same way every time: storage refuses what it
/// holds, or the pipeline has a fault) from one that it can (storage unreachable, busy or conflicting), which is thrown.
/// </summary>
/// <param name="Reason">The quarantine reason: <see cref="QuarantineReason.StorageRefused"/> or <see cref="QuarantineReason.PipelineFault"/>.</param>
/// <param name="Message">What happened and what to do, for a clerk.</param>
internal sealed record PipelineFault(QuarantineReason Reason, string Message)
{
    /// <summary>The fault, or null when the failure is transient and the host should retry.</summary>
    public static PipelineFault? Of(Exception exception) => exception switch
    {
        // Any bad request, whatever its code (PropertyValueTooLarge, InvalidInput, OutOfRangeInput…): the status is the class.
        RequestFailedException { Status: (int)HttpStatusCode.BadRequest } refused => new(QuarantineReason.StorageRefused,
            $"Storage refused to store what this document holds ({refused.ErrorCode ?? "bad request"}). Report it to the pipeline's engineers with the document; "
            + "it stays in quarantine and is read again by 'minutes reprocess' once the pipeline is fixed."),
        RequestFailedException or DocumentBusyException or MeetingWriteConflictException or StorageUnreachableException or OperationCanceledException or IOException
            or TimeoutException or HttpRequestException or AggregateException => null,
        _ => new(QuarantineReason.PipelineFault,
            "The pipeline failed while storing this document: a fault in the pipeline, not in the document. Report it to the pipeline's engineers; "
            + "it stays in quarantine and is read again by 'minutes reprocess' once the pipeline is fixed."),
    };
}
