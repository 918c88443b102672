using System.IO.Compression;
using System.Xml;

namespace Ladder.Import;

/// <summary>
/// An .xlsx workbook whose sheets are read by name (the BLS Employment Projections workbook keeps a dozen
/// tables side by side), with the hyperlinks of a sheet, which BLS uses to point rows at Handbook pages.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, string> _sheets = new(StringComparer.Ordinal);
    private List<string>? _shared;

    public XlsxWorkbook(Stream seekable, string fileName)
    {
        FileName = fileName;
        try
        {
            _zip = new ZipArchive(seekable, ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new DataFileException(fileName, 0, 0, $"this is not a readable .xlsx workbook ({ex.Message}).", ex);
        }
        var workbook = _zip.GetEntry("xl/workbook.xml") ?? throw new DataFileException(fileName, 0, 0, "the workbook has no xl/workbook.xml; is it really an .xlsx file?");
        var targets = Relationships("xl/_rels/workbook.xml.rels");
        using var stream = workbook.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.ReadToFollowing("sheet", XlsxSheetReader.MainNs))
        {
            var name = xml.GetAttribute("name");
            var id = xml.GetAttribute("id", XlsxSheetReader.RelNs);
            if (name is not null && id is not null && targets.TryGetValue(id, out var target))
                _sheets[name] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        }
    }

    public string FileName { get; }

    public IReadOnlyCollection<string> SheetNames => _sheets.Keys;

    public bool HasSheet(string name) => _sheets.ContainsKey(name);

    /// <summary>Rows of the named sheet as (1-based row, cells).</summary>
    public IEnumerable<(int Row, string[] Cells)> Rows(string sheet) =>
        XlsxSheetReader.ReadSheet(_zip, SheetPath(sheet), _shared ??= XlsxSheetReader.ReadSharedStrings(_zip), FileName);

    /// <summary>Cell reference (such as "P6") → external link target, for the named sheet.</summary>
    public Dictionary<string, string> Hyperlinks(string sheet)
    {
        var path = SheetPath(sheet);
        var rels = Relationships(Path.GetDirectoryName(path)!.Replace('\\', '/') + "/_rels/" + Path.GetFileName(path) + ".rels");
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var entry = _zip.GetEntry(path)!;
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.ReadToFollowing("hyperlink", XlsxSheetReader.MainNs))
        {
            var cell = xml.GetAttribute("ref");
            var id = xml.GetAttribute("id", XlsxSheetReader.RelNs);
            if (cell is not null && id is not null && rels.TryGetValue(id, out var url)) result[cell] = url;
        }
        return result;
    }

    private string SheetPath(string sheet) => _sheets.TryGetValue(sheet, out var path)
        ? path
        : throw new DataFileException(FileName, 0, 0, $"the workbook has no sheet '{sheet}' (it has: {string.Join(", ", _sheets.Keys)}).");

    private Dictionary<string, string> Relationships(string entryName)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var entry = _zip.GetEntry(entryName);
        if (entry is null) return result;
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.ReadToFollowing("Relationship", PackageRelNs))
        {
            var id = xml.GetAttribute("Id");
            var target = xml.GetAttribute("Target");
            if (id is not null && target is not null) result[id] = target;
        }
        return result;
    }

    public void Dispose() => _zip.Dispose();
}
