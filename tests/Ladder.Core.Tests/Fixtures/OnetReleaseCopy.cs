using Ladder.Import;

namespace Ladder.Tests.Core.Fixtures;

/// <summary>
/// A writable copy of the shipped O*NET release in a temp folder. A test replaces one file with an edited,
/// decompressed <c>.txt</c> (the importer prefers a plain <c>.txt</c> over the <c>.txt.gz</c>).
/// </summary>
public sealed class OnetReleaseCopy : IDisposable
{
    private readonly TempFolder _folder = new();

    public OnetReleaseCopy()
    {
        Folder = Directory.CreateDirectory(_folder.File("onet")).FullName;
        foreach (var file in Directory.GetFiles(ShippedData.Onet, "*.gz"))
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
    }

    public string Folder { get; }

    /// <summary>Where a test can put other files, such as the database or an OEWS table.</summary>
    public string Scratch(string name) => _folder.File(name);

    /// <summary>The lines of <paramref name="fileName"/> (e.g. "Skills.txt"), header first, without line endings.</summary>
    public List<string> ReadLines(string fileName) => ShippedData.ReadLines(Path.Combine(ShippedData.Onet, fileName + ".gz"));

    /// <summary>Replaces the file with a plain text copy holding <paramref name="content"/> exactly.</summary>
    public string WriteText(string fileName, string content)
    {
        File.Delete(Path.Combine(Folder, fileName + ".gz"));
        var path = Path.Combine(Folder, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Replaces the file with the given lines, CRLF-terminated like the O*NET release.</summary>
    public string WriteLines(string fileName, IEnumerable<string> lines) =>
        WriteText(fileName, string.Concat(lines.Select(l => l + "\r\n")));

    public void Delete(string fileName) => File.Delete(Path.Combine(Folder, fileName + ".gz"));

    public ImportOptions Options(string databasePath) => new()
    {
        DatabasePath = databasePath,
        OnetPath = Folder,
        OewsPath = ShippedData.OewsMay2025Tsv,
    };

    public void Dispose() => _folder.Dispose();
}
