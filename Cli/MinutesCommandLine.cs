using System.CommandLine;
using CouncilMinutes.Cli.Commands;
using CouncilMinutes.Parsing;
using Microsoft.Extensions.Configuration;

namespace CouncilMinutes.Cli;

/// <summary>The <c>minutes</c> command: its sub-commands and the settings they share.</summary>
internal static class MinutesCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        // Settings: appsettings.json beside the tool, then MINUTES_-prefixed environment variables (MINUTES_Parser__MaxDocumentBytes).
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("MINUTES_")
            .Build();
        var parserOptions = configuration.GetSection(ParserOptions.SectionName).Get<ParserOptions>() ?? new ParserOptions();

        var root = new RootCommand("Turns council meeting minutes into data: parse, evaluate, ingest.")
        {
            ParseCommand.Create(parserOptions),
            EvalCommand.Create(parserOptions),
        };
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
