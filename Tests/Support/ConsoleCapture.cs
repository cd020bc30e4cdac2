namespace CouncilMinutes.Tests.Support;

/// <summary>Runs work with the console's output and error written to strings; callers sit in <c>ConsoleCollection</c>, one at a time.</summary>
internal static class ConsoleCapture
{
    public static async Task<(T Result, string Out, string Error)> RunAsync<T>(Func<Task<T>> work)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var result = await work();
            return (result, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
