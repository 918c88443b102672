using System.IO.Compression;
using System.Xml;

namespace Ladder.Import;

/// <summary>
/// Streams the rows of the first worksheet of an .xlsx workbook (the layout BLS publishes OEWS in).
/// Only what OEWS tables use is supported: shared strings, inline strings and plain numbers.
/// </summary>
internal static class XlsxSheetReader
{
    internal const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    internal const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Yields (1-based row number, cells) for every row of the first sheet.</summary>
    public static IEnumerable<(int Row, string[] Cells)> ReadRows(Stream xlsx, string fileName)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(xlsx, ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new DataFileException(fileName, 0, 0, $"this is not a readable .xlsx workbook ({ex.Message}).", ex);
        }
        using (zip)
        {
            var sheetPath = FirstSheetPath(zip, fileName);
            foreach (var row in ReadSheet(zip, sheetPath, ReadSharedStrings(zip), fileName)) yield return row;
        }
    }

    /// <summary>Yields the rows of the worksheet stored at <paramref name="sheetPath"/> inside an open workbook.</summary>
    internal static IEnumerable<(int Row, string[] Cells)> ReadSheet(ZipArchive zip, string sheetPath, List<string> shared, string fileName)
    {
        var sheet = zip.GetEntry(sheetPath) ?? throw new DataFileException(fileName, 0, 0, $"the workbook has no '{sheetPath}'.");
        using var stream = sheet.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit });
        var cells = new List<string>();
        while (xml.ReadToFollowing("row", MainNs))
        {
            var rowNumber = int.TryParse(xml.GetAttribute("r"), out var r) ? r : 0;
            cells.Clear();
            if (!xml.IsEmptyElement)
            {
                using var row = xml.ReadSubtree();
                while (row.ReadToFollowing("c", MainNs))
                {
                    var reference = row.GetAttribute("r");
                    var type = row.GetAttribute("t");
                    var index = reference is null ? cells.Count : ColumnIndex(reference);
                    while (cells.Count < index) cells.Add("");
                    cells.Add(ReadCellValue(row, type, shared));
                }
            }
            yield return (rowNumber, cells.ToArray());
        }
    }

    private static string ReadCellValue(XmlReader cell, string? type, List<string> shared)
    {
        if (cell.IsEmptyElement) return "";
        // Walks the cell's children by depth: a subtree reader per cell costs more than the whole parse.
        var depth = cell.Depth;
        var text = "";
        var found = false;
        cell.Read();
        while (cell.Depth > depth)
        {
            if (!found && cell.NodeType == XmlNodeType.Element && cell.LocalName is "v" or "t")
            {
                text = cell.ReadElementContentAsString();
                found = true;
                continue;
            }
            if (!cell.Read()) break;
        }
        if (type == "s" && int.TryParse(text, out var i) && i >= 0 && i < shared.Count) return shared[i];
        // Excel stores binary doubles such as 64.260000000000005; the shortest round-trip form is what BLS typed.
        if (type is null or "n" && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>"AF12" → 31.</summary>
    internal static int ColumnIndex(string reference)
    {
        int index = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }
        return index - 1;
    }

    internal static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
            name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    internal static List<string> ReadSharedStrings(ZipArchive zip)
    {
        var result = new List<string>();
        var entry = zip.GetEntry("xl/sharedStrings.xml");
        if (entry is null) return result;
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.ReadToFollowing("si", MainNs))
        {
            using var si = xml.ReadSubtree();
            var text = new System.Text.StringBuilder();
            while (si.ReadToFollowing("t", MainNs)) text.Append(si.ReadElementContentAsString());
            result.Add(text.ToString());
        }
        return result;
    }

    private static string FirstSheetPath(ZipArchive zip, string fileName)
    {
        var workbook = zip.GetEntry("xl/workbook.xml") ?? throw new DataFileException(fileName, 0, 0, "the workbook has no xl/workbook.xml; is it really an .xlsx file?");
        string? relId = null;
        using (var stream = workbook.Open())
        using (var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            if (xml.ReadToFollowing("sheet", MainNs)) relId = xml.GetAttribute("id", RelNs);
        }
        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (relId is not null && rels is not null)
        {
            using var stream = rels.Open();
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") == relId)
                {
                    var target = xml.GetAttribute("Target") ?? "";
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }
}
