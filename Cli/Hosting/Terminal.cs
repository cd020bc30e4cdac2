using Spectre.Console;

namespace CouncilMinutes.Cli.Hosting;

/// <summary>The Spectre console of one command run, writing to whatever <see cref="Console.Out"/> is now.</summary>
/// <remarks>
/// <c>AnsiConsole.Console</c> keeps the writer it first saw, which in-process tests replace between runs. Output that is not
/// a terminal (a file, a pipe, CI's log) gets plain text on a wide page: no colour codes, no live progress bar, and tables
/// not folded into 80 columns.
/// </remarks>
internal static class Terminal
{
    private const int RedirectedWidth = 200;

    public static IAnsiConsole Create()
    {
        var terminal = !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
