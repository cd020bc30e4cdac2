using System.Text.RegularExpressions;

namespace CouncilMinutes.Tests.Support;

/// <summary>
/// The most memory this process held while a piece of work ran: Linux's high-water mark of resident memory (VmHWM),
/// reset before the work by writing 5 to /proc/self/clear_refs. Measures the whole process, so tests that use it run in
/// <see cref="SerialCollection"/>, alone.
/// </summary>
internal static partial class PeakMemory
{
    public static async Task<long> MeasureAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        await work();
        var status = await File.ReadAllTextAsync("/proc/self/status");
        return long.Parse(HighWaterMark().Match(status).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    [GeneratedRegex(@"VmHWM:\s+(\d+)\s+kB")]
    private static partial Regex HighWaterMark();
}

/// <summary>Tests that measure the whole process (its memory) and so must run while no other test does.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
