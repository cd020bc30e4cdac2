using System.Reflection;
using System.Reflection.PortableExecutable;
using CouncilMinutes.Parsing;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>
/// The parser's version (its assembly's deterministic MVID) changes only with the parser's code and libraries: a document
/// the same parser read already is not read again after a commit that touched something else, or a build in another folder.
/// </summary>
public class ParserVersionTests
{
    private static readonly Assembly Parser = typeof(MinutesParser).Assembly;

    [Fact]
    public void The_version_is_the_assemblys_module_id()
    {
        Assert.Equal(Parser.ManifestModule.ModuleVersionId.ToString("N")[..12], MinutesParser.Version);
    }

    [Fact]
    public void The_assembly_carries_no_git_commit()
    {
        var informational = Parser.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        Assert.NotNull(informational);
        Assert.DoesNotContain('+', informational);
    }

    [Fact]
    public void The_assembly_carries_no_checkout_path()
    {
        using var pe = new PEReader(File.OpenRead(Parser.Location));
        var codeView = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
        var pdbPath = pe.ReadCodeViewDebugDirectoryData(codeView).Path;

        Assert.StartsWith("/_/Parsing/", pdbPath, StringComparison.Ordinal);
    }
}
