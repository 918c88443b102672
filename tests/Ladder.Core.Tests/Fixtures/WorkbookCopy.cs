using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Ladder.Tests.Core.Fixtures;

/// <summary>
/// A copy of the shipped Employment Projections workbook whose cells a test can overwrite, to check how the
/// reader reports bad input. Cells are rewritten as inline strings in the sheet XML.
/// </summary>
public sealed class WorkbookCopy : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string> _sheets = new(StringComparer.Ordinal) { ["Table 1.2"] = "xl/worksheets/sheet3.xml", ["Table 1.10"] = "xl/worksheets/sheet10.xml" };

    public WorkbookCopy()
    {
        Path = _folder.File("occupation.xlsx");
        using var gz = new GZipStream(File.OpenRead(ShippedData.Projections), CompressionMode.Decompress);
        using var file = File.Create(Path);
        gz.CopyTo(file);
    }

    public string Path { get; }

    /// <summary>Replaces the value of <paramref name="cell"/> (such as "I120") on <paramref name="sheet"/> with text.</summary>
    public WorkbookCopy Set(string sheet, string cell, string text)
    {
        Edit(_sheets[sheet], xml =>
        {
            var pattern = new Regex($"<c r=\"{cell}\"[^>]*?(/>|>.*?</c>)");
            Assert.Matches(pattern, xml);
            var escaped = System.Security.SecurityElement.Escape(text);
            return pattern.Replace(xml, $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{escaped}</t></is></c>", 1);
        });
        return this;
    }

    /// <summary>Removes a worksheet from the workbook's sheet list.</summary>
    public WorkbookCopy DropSheet(string sheet) =>
        Edit("xl/workbook.xml", xml => Regex.Replace(xml, $"<sheet name=\"{Regex.Escape(sheet)}\"[^>]*/>", ""));

    private WorkbookCopy Edit(string entryName, Func<string, string> change)
    {
        using var zip = ZipFile.Open(Path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName)!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
        writer.Write(change(xml));
        return this;
    }

    public void Dispose() => _folder.Dispose();
}
