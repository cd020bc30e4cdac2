using System.Diagnostics;

namespace CouncilMinutes.Bench;

/// <summary>poppler-utils' <c>pdftotext</c>: the baseline the PDF parse is measured against.</summary>
public static class PdftotextTool
{
    public const string InstallHint = "sudo apt-get install -y poppler-utils";

    /// <summary>The full path of <c>pdftotext</c> on PATH, or null when it is not installed.</summary>
    public static string? Locate()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "pdftotext.exe" : "pdftotext"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The full path of <c>pdftotext</c>; throws, saying how to install it, when it is not on PATH.</summary>
    public static string Require() => Locate() ?? throw new InvalidOperationException(
        $"pdftotext is not on PATH; it is the baseline of the PDF benchmarks. Install it: {InstallHint}");

    /// <summary>
    /// Runs <c>pdftotext -layout file.pdf -</c> and drains its output, returning the byte count. The time
    /// includes starting the process, as it does for anyone who shells out to it. The output is counted,
    /// not decoded, so the baseline does no .NET work beyond reading the pipe.
    /// </summary>
    public static long Run(string executable, string pdfPath)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-layout");
        start.ArgumentList.Add(pdfPath);
        start.ArgumentList.Add("-");

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        var output = process.StandardOutput.BaseStream;
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = output.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
        }

        process.WaitForExit();
        return process.ExitCode == 0
            ? total
            : throw new InvalidOperationException($"pdftotext exited with code {process.ExitCode} on {pdfPath}.");
    }
}
