using System.IO.Compression;
using System.Text;
using Ladder.Storage;

namespace Ladder.Tests.Core.Fixtures;

/// <summary>The O*NET and BLS files the repository ships, as copied next to the test assembly.</summary>
public static class ShippedData
{
    public static string Onet => LadderPaths.ShippedOnet;
    public static string OewsMay2025Tsv => LadderPaths.ShippedOews;
    public static string OewsMay2024Tsv => LadderPaths.ShippedPreviousOews;
    public static string OewsMay2025Xlsx => Path.Combine(LadderPaths.ShippedData, "bls", "national_M2025_dl.xlsx");
    public static string Projections => LadderPaths.ShippedProjections;
    public static string Crosswalk => LadderPaths.ShippedCrosswalk;
    public static string ProjectionAggregates => LadderPaths.ShippedProjectionAggregates;
    public static string Licences => LadderPaths.ShippedLicences;

    /// <summary>The lines of a gzipped shipped file, without their line endings.</summary>
    public static List<string> ReadLines(string gzPath)
    {
        using var gz = new GZipStream(File.OpenRead(gzPath), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, new UTF8Encoding(false));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
