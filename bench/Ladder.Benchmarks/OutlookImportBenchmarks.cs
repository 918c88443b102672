using BenchmarkDotNet.Attributes;
using Ladder.Import;
using Ladder.Outlook;
using Ladder.Storage;

namespace Ladder.Benchmarks;

/// <summary>
/// What the outlook sources add to an import: reading the Employment Projections workbook (two sheets and their
/// hyperlinks) and the CIP crosswalk, against reading the OEWS May 2025 table, which every import already does.
/// </summary>
[MemoryDiagnoser]
public class OutlookImportBenchmarks
{
    [Benchmark(Baseline = true)]
    public int ReadOewsTable() => OewsReader.Read(LadderPaths.ShippedOews).Rows.Count;

    [Benchmark]
    public int ReadProjectionsWorkbook() => ProjectionsReader.Read(LadderPaths.ShippedProjections).Rows.Count;

    [Benchmark]
    public int ReadCipCrosswalk() => CipCrosswalkReader.Read(LadderPaths.ShippedCrosswalk).Rows.Count;
}
