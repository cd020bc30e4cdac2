using System.CommandLine;
using System.CommandLine.Help;
using CouncilMinutes.Cli.Commands;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Parsing.Limits;
using Microsoft.Extensions.Configuration;

namespace CouncilMinutes.Cli;

/// <summary>The <c>minutes</c> command: its sub-commands and the settings they share.</summary>
internal static class MinutesCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        // Settings, later sources winning: appsettings.json beside the tool, MINUTES_-prefixed environment variables
        // (MINUTES_Limits__MaxDocumentBytes), then --Section:Key=value arguments (--Limits:MaxDocumentBytes=1048576) and
        // --Key=value ones for a top-level setting (--MinutesStorage=UseDevelopmentStorage=true).
        var (settings, commandArgs) = SplitSettings(args);
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("MINUTES_")
            .AddCommandLine(settings)
            .Build();
        var limits = configuration.GetSection(DocumentLimits.SectionName).Get<DocumentLimits>() ?? new DocumentLimits();

        var root = new RootCommand("Turns council meeting minutes into data: parse, evaluate, ingest into storage, show what was stored.")
        {
            ParseCommand.Create(limits),
            EvalCommand.Create(limits),
            FollowUpEvalCommand.Create(configuration, limits),
            StorageCommand.Create(configuration),
            IngestCommand.Create(configuration),
            ReprocessCommand.Create(configuration),
            ShowCommand.Create(configuration),
            ActionsCommand.Create(configuration),
            ScrapeCommand.Create(configuration),
            OwnersCommand.Create(configuration),
            NotifyCommand.Create(configuration),
            NotificationsCommand.Create(configuration),
            ServeCommand.Create(configuration),
        };
        root.WithExamples("minutes parse minutes.pdf", "minutes storage init", "minutes ingest minutes/ --council \"Halton Borough Council\"", "minutes show \"Planning Committee\" 14/03/2024");
        CommandExamples.ShowInHelp(root);

        // A command line that does not parse prints its errors and the help, and is a "could not run", not a finding.
        var parsed = root.Parse(commandArgs);
        var exit = await parsed.InvokeAsync().ConfigureAwait(false);
        return parsed.Errors.Count > 0 && parsed.Action is not HelpAction ? ExitCodes.CannotRun : exit;
    }

    /// <summary>Separates configuration arguments ("--Section:Key=value", "--Key=value") from the command's own.</summary>
    internal static (string[] Settings, string[] Command) SplitSettings(string[] args)
    {
        // A setting's key is a configuration path: it holds a colon, or is a PascalCase top-level key. The commands' own
        // options are lower-case (--min-score), so a "--json=true" style option is never taken for a setting.
        static bool IsSetting(string a) => a.StartsWith("--", StringComparison.Ordinal) && a.IndexOf('=', StringComparison.Ordinal) is > 2 and var equals
                                           && (a.AsSpan(2, equals - 2).Contains(':') || char.IsAsciiLetterUpper(a[2]));

        return (args.Where(IsSetting).ToArray(), args.Where(a => !IsSetting(a)).ToArray());
    }
}
