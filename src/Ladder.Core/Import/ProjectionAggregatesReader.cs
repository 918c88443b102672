using System.Text.RegularExpressions;
using Ladder.Outlook;

namespace Ladder.Import;

/// <summary>
/// Reads data/bls/ep2024/aggregates.tsv: the SOC codes Employment Projections publishes only inside an aggregate whose
/// code does not end in 0 (21-1011 and 21-1014 inside 21-1018), one "soc, aggregate, aggregate's EP title" line each.
/// Checked against the projections being imported, so the table cannot drift from the workbook: the aggregate must be
/// a row with that title, the member must not be a row of its own, and each member is listed once. The first problem
/// is reported as file:line:column and nothing is imported.
/// </summary>
public static partial class ProjectionAggregatesReader
{
    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex Soc();

    public static IReadOnlyDictionary<string, string> Read(string path, IReadOnlyDictionary<string, Projection> rows)
    {
        if (!File.Exists(path)) throw new DataFileException(path, 0, 0, "missing: the Employment Projections aggregates table (data/bls/ep2024/aggregates.tsv).");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != 3) throw new DataFileException(path, lineNo, 1, $"expected 3 tab-separated cells (soc, aggregate, EP title), found {cells.Length}.");
            var (soc, aggregate, title) = (cells[0], cells[1], cells[2]);
            var aggregateColumn = soc.Length + 2;
            if (!Soc().IsMatch(soc)) throw new DataFileException(path, lineNo, 1, $"'{soc}' is not a 6-digit SOC code like 21-1011.");
            if (!Soc().IsMatch(aggregate)) throw new DataFileException(path, lineNo, aggregateColumn, $"'{aggregate}' is not a 6-digit SOC code like 21-1018.");
            if (result.TryGetValue(soc, out var first)) throw new DataFileException(path, lineNo, 1, $"{soc} is listed twice (already inside {first}).");
            if (rows.ContainsKey(soc)) throw new DataFileException(path, lineNo, 1, $"{soc} has a projection row of its own; only codes BLS publishes inside an aggregate belong here.");
            if (!rows.TryGetValue(aggregate, out var row))
                throw new DataFileException(path, lineNo, aggregateColumn, $"{aggregate} is not a row of the Employment Projections workbook.");
            if (!string.Equals(row.Title, title, StringComparison.Ordinal))
                throw new DataFileException(path, lineNo, aggregateColumn + aggregate.Length + 1, $"the workbook titles {aggregate} '{row.Title}', not '{title}'.");
            result[soc] = aggregate;
        }
        return result;
    }
}
