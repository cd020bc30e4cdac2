namespace CouncilMinutes.Tests.Functions.Rpc;

/// <summary>The worker could not be started or failed its handshake with the host.</summary>
internal sealed class WorkerStartException(string message, string workerOutput)
    : Exception(workerOutput.Length == 0 ? message : $"{message}\nThe worker's output:\n{workerOutput}");
