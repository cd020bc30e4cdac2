using System.Text.Json;
using Azure.Storage.Queues.Models;
using Google.Protobuf;

namespace CouncilMinutes.Tests.Functions.Rpc;

/// <summary>
/// What the host hands the worker when each trigger fires. A parameter bound to an SDK type gets model binding data that
/// says where the item is (the extension's name as source, JSON content), and the worker's converter builds the client.
/// </summary>
internal static class TriggerData
{
    // The names the storage extensions give their binding data, which the worker's converters check.
    private const string BlobsSource = "AzureStorageBlobs";
    private const string QueuesSource = "AzureStorageQueues";
    private const string BindingDataVersion = "1.0";
    private const string JsonContentType = "application/json";

    /// <summary>A blob trigger's input for the blob <paramref name="blobName"/> in <paramref name="container"/>, reached through the app setting <paramref name="connection"/>.</summary>
    public static ParameterBinding Blob(string parameter, string connection, string container, string blobName) =>
        Model(parameter, BlobsSource, new { Connection = connection, ContainerName = container, BlobName = blobName });

    /// <summary>The trigger metadata the host sends with a blob trigger: the <c>{name}</c> in the path and the blob's path.</summary>
    public static Dictionary<string, TypedData> BlobMetadata(string container, string blobName) => new(StringComparer.Ordinal)
    {
        ["name"] = Json(blobName),
        ["BlobTrigger"] = Json($"{container}/{blobName}"),
    };

    /// <summary>A queue trigger's input for a message as received, its text already decoded by the host.</summary>
    public static ParameterBinding Queue(string parameter, QueueMessage message) =>
        Model(parameter, QueuesSource, new
        {
            message.MessageId,
            message.PopReceipt,
            message.MessageText,
            message.DequeueCount,
            message.InsertedOn,
            message.ExpiresOn,
            message.NextVisibleOn,
        });

    /// <summary>A timer trigger's input: the schedule's status as the host's timer reports it (JSON).</summary>
    public static ParameterBinding Timer(string parameter, DateTimeOffset now, bool isPastDue = false) => new()
    {
        Name = parameter,
        Data = Json(new
        {
            Schedule = new { AdjustForDST = true },
            ScheduleStatus = new { Last = now.AddDays(-1), Next = now.AddDays(1), LastUpdated = now.AddDays(-1) },
            IsPastDue = isPastDue,
        }),
    };

    private static ParameterBinding Model(string parameter, string source, object content) => new()
    {
        Name = parameter,
        Data = new TypedData
        {
            ModelBindingData = new ModelBindingData
            {
                Version = BindingDataVersion,
                Source = source,
                ContentType = JsonContentType,
                Content = ByteString.CopyFrom(JsonSerializer.SerializeToUtf8Bytes(content)),
            },
        },
    };

    private static TypedData Json(object value) => new() { Json = JsonSerializer.Serialize(value) };
}
