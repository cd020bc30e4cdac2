using CouncilMinutes.Cli;

return await MinutesCommandLine.RunAsync(args).ConfigureAwait(false);
