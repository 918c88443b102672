using System.Diagnostics;
using System.Text;

namespace Ladder.Tests.Web;

/// <summary>
/// A PDF on disk, read back the way a person would check a printout: poppler's pdfinfo for the paper size,
/// pdftotext for each page's words and pdftoppm for each page as a grey image. Poppler comes from
/// tools/deps/poppler.sh; without it these checks fail, they never skip.
/// </summary>
public sealed class PrintedPdf(string path)
{
    public string Path { get; } = path;

    /// <summary>Width and height of the first page in PostScript points (A4 is 595 × 842, Letter 612 × 792).</summary>
    public (double Width, double Height) PageSize()
    {
        var line = Run("pdfinfo", Path).Split('\n').First(l => l.StartsWith("Page size:", StringComparison.Ordinal));
        var parts = line["Page size:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The text of each page, whitespace folded to single spaces.</summary>
    public IReadOnlyList<string> PageTexts()
    {
        // pdftotext separates pages with a form feed.
        return Run("pdftotext", "-enc", "UTF-8", Path, "-").Split('\f')
            .Select(p => string.Join(' ', p.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0).ToList();
    }

    /// <summary>Each page rendered at <paramref name="dpi"/> as 8-bit grey (0 black, 255 white).</summary>
    public IReadOnlyList<GreyImage> Pages(int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("ladder-print-");
        try
        {
            Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", Path, System.IO.Path.Combine(folder.FullName, "page"));
            return folder.GetFiles("page*.pgm").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => GreyImage.ReadPgm(File.ReadAllBytes(f.FullName))).ToList();
        }
        finally { folder.Delete(recursive: true); }
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing ({e.Message}). The print tests need poppler-utils: run `source tools/deps/poppler.sh` (./test.sh does this).", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}");
            return stdout;
        }
    }
}

/// <summary>A grey image from a binary PGM (P5, 8-bit) as pdftoppm writes it.</summary>
public sealed record GreyImage(int Width, int Height, byte[] Pixels)
{
    public byte this[int x, int y] => Pixels[y * Width + x];

    /// <summary>The rightmost column with a pixel darker than <paramref name="threshold"/>, or -1 for a blank page.</summary>
    public int RightmostInk(byte threshold = 200)
    {
        for (int x = Width - 1; x >= 0; x--)
            for (int y = 0; y < Height; y++)
                if (this[x, y] < threshold) return x;
        return -1;
    }

    public static GreyImage ReadPgm(byte[] data)
    {
        // Header: "P5", width, height, maxval, each separated by whitespace, then one whitespace byte and the pixels.
        var fields = new List<string>(4);
        var pos = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)data[pos])) pos++;
            var start = pos;
            while (!char.IsWhiteSpace((char)data[pos])) pos++;
            fields.Add(Encoding.ASCII.GetString(data, start, pos - start));
        }
        pos++;
        if (fields[0] != "P5" || fields[3] != "255") throw new InvalidDataException($"not an 8-bit binary PGM: {string.Join(' ', fields)}");
        var (width, height) = (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture));
        return new GreyImage(width, height, data.AsSpan(pos, width * height).ToArray());
    }
}
