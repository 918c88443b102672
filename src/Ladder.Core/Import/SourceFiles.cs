using System.IO.Compression;

namespace Ladder.Import;

/// <summary>
/// A set of named source files: a release folder, a release <c>.zip</c>, or Ladder's shipped
/// folder of gzipped copies (<c>name.txt.gz</c>).
/// </summary>
public sealed class SourceFiles : IDisposable
{
    private readonly string? _folder;
    private readonly ZipArchive? _zip;
    private readonly Dictionary<string, ZipArchiveEntry>? _entries;

    private SourceFiles(string location, string? folder, ZipArchive? zip)
    {
        Location = location;
        _folder = folder;
        _zip = zip;
        if (zip is not null)
        {
            _entries = new(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
                _entries.TryAdd(Path.GetFileName(entry.FullName), entry);
        }
    }

    /// <summary>Where the files come from, for messages.</summary>
    public string Location { get; }

    public static SourceFiles Open(string path)
    {
        if (Directory.Exists(path))
            return new SourceFiles(path, path, null);
        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return new SourceFiles(path, null, ZipFile.OpenRead(path));
            }
            catch (InvalidDataException ex)
            {
                throw new DataFileException(path, 0, 0, $"this is not a readable zip archive ({ex.Message}).", ex);
            }
        }
        throw new DataFileException(path, 0, 0, "no such folder or .zip file.");
    }

    public bool Contains(string fileName) => Resolve(fileName) is not null;

    /// <summary>Opens <paramref name="fileName"/>, reading through gzip when only the shipped <c>.gz</c> copy exists.</summary>
    public Stream Open(string fileName, IProgress<ImportProgress>? progress, out string displayName)
    {
        var found = Resolve(fileName) ?? throw new DataFileException(Path.Combine(Location, fileName), 0, 0,
            $"the release is missing '{fileName}'. Point --onet at an unmodified O*NET text release (a db_XX_X_text folder or its .zip).");
        displayName = found.Display;
        var length = found.Length;
        var shown = fileName;
        return found.Open(raw => new ProgressStream(raw, length, done => progress?.Report(new ImportProgress(shown, done, length))));
    }

    private (string Display, long Length, Func<Func<Stream, Stream>, Stream> Open)? Resolve(string fileName)
    {
        if (_folder is not null)
        {
            var plain = Path.Combine(_folder, fileName);
            if (File.Exists(plain)) return (plain, new FileInfo(plain).Length, wrap => wrap(File.OpenRead(plain)));
            var gz = plain + ".gz";
            if (File.Exists(gz)) return (gz, new FileInfo(gz).Length, wrap => new GZipStream(wrap(File.OpenRead(gz)), CompressionMode.Decompress));
            return null;
        }
        if (_entries!.TryGetValue(fileName, out var entry))
            return ($"{Location}!{entry.FullName}", entry.Length, wrap => wrap(entry.Open()));
        return null;
    }

    public void Dispose() => _zip?.Dispose();
}
