using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouncilMinutes.Tests.Cli;

/// <summary>The storage commands' host: the pipeline's warnings reach the console, on stderr, and the commands' own reports are not doubled.</summary>
[Collection(nameof(ConsoleCollection))]
public class CommandHostTests
{
    [Fact]
    public async Task Pipeline_warnings_go_to_stderr_and_information_and_the_ingestion_services_quarantine_warning_do_not()
    {
        var (_, output, error) = await ConsoleCapture.RunAsync(async () =>
        {
            var services = CommandHost.Services(new ConfigurationBuilder().Build());
            await using (services)
            {
                var factory = services.GetRequiredService<ILoggerFactory>();
                var pipeline = factory.CreateLogger("CouncilMinutes.Ingestion.Meetings.MeetingStore");
                pipeline.LogWarning("a storage warning");
                pipeline.LogInformation("an information");
                factory.CreateLogger<IngestionService>().LogWarning("a quarantine the summary reports");
            }

            return true;
        });

        Assert.Equal("", output);
        Assert.Contains("a storage warning", error, StringComparison.Ordinal);
        Assert.DoesNotContain("an information", error, StringComparison.Ordinal);
        Assert.DoesNotContain("quarantine", error, StringComparison.Ordinal);
    }
}
