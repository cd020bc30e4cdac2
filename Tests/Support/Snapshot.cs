using System.Runtime.CompilerServices;

namespace CouncilMinutes.Tests.Support;

/// <summary>
/// Approval files: the output is compared with a committed <c>.verified</c> file; a difference writes a <c>.received</c>
/// file beside it and fails. Accept a reviewed change by copying received over verified, or by running the tests with
/// MINUTES_ACCEPT_SNAPSHOTS=1. (Verify.Xunit would do this, but the package mirror here lacks its Verify dependency.)
/// </summary>
internal static class Snapshot
{
    public static void Matches(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(caller)!, "Snapshots");
        Directory.CreateDirectory(folder);
        var verified = Path.Combine(folder, name + ".verified.json");
        var received = Path.Combine(folder, name + ".received.json");
        var normalised = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";

        if (Environment.GetEnvironmentVariable("MINUTES_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalised);
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == normalised)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        Assert.Fail(expected is null
            ? $"No approved snapshot for {name}. Review {received} and rename it to {Path.GetFileName(verified)}."
            : $"{name} differs from its approved snapshot. Compare: diff {verified} {received}");
    }
}
