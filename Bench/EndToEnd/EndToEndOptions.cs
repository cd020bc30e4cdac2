using System.Globalization;

namespace CouncilMinutes.Bench.EndToEnd;

/// <summary>The e2e mode's command line: <c>e2e [--documents 200] [--rounds 3] [--parallel 4] [--warmup 50]</c>.</summary>
public sealed record EndToEndOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project Bench -- e2e [options]

          --documents N   documents uploaded and ingested per round (default 200)
          --rounds N      measured rounds, each on a fresh Azurite (default 3)
          --parallel N    also ingest with N documents at a time, for information (default 4; 1 = sequential only)
          --warmup N      documents ingested, unreported, until this process's JIT is quiet, and again on each round's
                          Azurite before its clock starts, so both processes run compiled code (default 200; 0 = none)
          --trace N       instead of measuring, ingest the first N documents and list each one's storage requests
        """;

    public int Documents { get; init; } = 200;
    public int Rounds { get; init; } = 3;
    public int Parallel { get; init; } = 4;
    public int Warmup { get; init; } = 200;
    public int Trace { get; init; }

    /// <summary>The options, or an error message (null options) when the arguments are wrong; help gives neither.</summary>
    public static (EndToEndOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new EndToEndOptions();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                return (null, null);
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return (null, $"{args[i]}: expected an option followed by a whole number.");
            }

            EndToEndOptions? next = args[i] switch
            {
                "--documents" when value >= 1 => options with { Documents = value },
                "--rounds" when value >= 1 => options with { Rounds = value },
                "--parallel" when value >= 1 => options with { Parallel = value },
                "--warmup" => options with { Warmup = value },
                "--trace" when value >= 1 => options with { Trace = value },
                _ => null,
            };
            if (next is null)
            {
                return (null, $"{args[i]} {args[i + 1]}: unknown option or value out of range.");
            }

            options = next;
            i++;
        }

        return (options, null);
    }
}
