namespace CouncilMinutes.Tests.Support;

/// <summary>A folder of its own under the system's temporary folder, deleted afterwards: documents for the ingest command to find.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("minutes-cli-").FullName;

    public string Path { get; }

    /// <summary>Copies a corpus file to <paramref name="relative"/> under the folder (creating sub-folders); returns its full path.</summary>
    public string Copy(string relative, params string[] corpusPath)
    {
        var target = Write(relative, []);
        File.Copy(Parse.CorpusPath(corpusPath), target, overwrite: true);
        return target;
    }

    public string Write(string relative, byte[] content)
    {
        var target = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, content);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
