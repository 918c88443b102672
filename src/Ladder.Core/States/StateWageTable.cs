using System.Collections.Frozen;
using Ladder.Occupations;

namespace Ladder.States;

/// <summary>One imported row: a state, a SOC code and its <see cref="StateWageColumns.Count"/> values (NaN = not published).</summary>
public sealed record StateWageRow(UsState State, string Soc, string Title, double[] Values);

/// <summary>
/// BLS OEWS state estimates for every occupation, loaded once with the catalog and then only read. Thread-safe.
/// Stored as one array of whole numbers per occupation, each column in the unit BLS publishes it to (dollars, cents,
/// thousandths; <see cref="StateWageCells"/>): about 2 MB for the 35,000 rows, half what doubles took.
/// </summary>
public sealed class StateWageTable
{
    private readonly FrozenDictionary<string, Entry> _bySoc;

    public StateWageTable(string? release, IEnumerable<StateWageRow> rows)
    {
        Release = release;
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!entries.TryGetValue(row.Soc, out var entry)) entries[row.Soc] = entry = new Entry(row.Title);
            var i = row.State.Index;
            entry.Present |= 1UL << i;
            entry.Cells.Set(i, row.Values);
            Count++;
        }
        _bySoc = entries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static StateWageTable Empty { get; } = new(null, []);

    /// <summary>"May 2025", read from the state file's name; null when no state estimates were imported.</summary>
    public string? Release { get; }

    /// <summary>"BLS OEWS May 2025, state estimates": the short citation every state figure carries.</summary>
    public string Label => $"BLS OEWS {Release}, state estimates";

    /// <summary>The full citation BLS asks for.</summary>
    public string Citation => $"U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, {Release} (state estimates)";

    /// <summary>How many (state, occupation) rows were imported.</summary>
    public int Count { get; }

    public bool IsEmpty => Count == 0;

    /// <summary>Every SOC code with state rows.</summary>
    public IEnumerable<string> Socs => _bySoc.Keys;

    /// <summary>
    /// The state rows for an occupation: its 6-digit SOC code's, or where BLS publishes it only inside a broad group
    /// (29-2011 inside 29-2010) that group's, as the national wages do. Null when BLS has no state rows for it.
    /// </summary>
    public StateWageSet? For(OccupationCode code)
    {
        var soc = code.Soc;
        var broad = false;
        if (!_bySoc.ContainsKey(soc) && soc[6] != '0' && _bySoc.ContainsKey(soc[..6] + "0"))
        {
            soc = soc[..6] + "0";
            broad = true;
        }
        return For(soc) is { } set ? set with { FromBroadGroup = broad, FromParentSoc = code.IsDetail } : null;
    }

    /// <summary>All 51 states for one SOC code, in FIPS order; states BLS does not list are <see cref="StateWage.Suppressed"/>.</summary>
    public StateWageSet? For(string soc)
    {
        if (Release is null || !_bySoc.TryGetValue(soc, out var entry)) return null;
        var states = new StateWage[UsState.All.Count];
        for (int i = 0; i < states.Length; i++) states[i] = entry.Cell(UsState.All[i], soc, i);
        return new StateWageSet { Soc = soc, Title = entry.Title, Release = Release, States = states };
    }

    /// <summary>Every imported row, for writing the table back out.</summary>
    public IEnumerable<StateWageRow> Rows()
    {
        foreach (var (soc, entry) in _bySoc.OrderBy(e => e.Key, StringComparer.Ordinal))
            for (int i = 0; i < UsState.All.Count; i++)
                if ((entry.Present & (1UL << i)) != 0)
                    yield return new StateWageRow(UsState.All[i], soc, entry.Title, entry.Cells.Row(i));
    }

    private sealed class Entry(string title)
    {
        public string Title { get; } = title;
        public ulong Present;
        public readonly StateWageCells Cells = new(UsState.All.Count);

        public StateWage Cell(UsState state, string soc, int i)
        {
            if ((Present & (1UL << i)) == 0) return StateWage.Suppressed(state, soc);
            // double holds every BLS figure (at most 7 significant digits) exactly enough that decimal's 15-digit
            // conversion gives back the published text: 0.29 stays 0.29.
            decimal? D(StateWageColumn c) => Cells[i, c] is var v && double.IsNaN(v) ? null : (decimal)v;
            return new StateWage
            {
                State = state, Soc = soc,
                Employment = D(StateWageColumn.Employment), Mean = D(StateWageColumn.Mean), P10 = D(StateWageColumn.P10),
                P25 = D(StateWageColumn.P25), Median = D(StateWageColumn.Median), P75 = D(StateWageColumn.P75), P90 = D(StateWageColumn.P90),
                HourlyMean = D(StateWageColumn.HourlyMean), HourlyMedian = D(StateWageColumn.HourlyMedian),
                JobsPer1000 = D(StateWageColumn.JobsPer1000), LocationQuotient = D(StateWageColumn.LocationQuotient),
            };
        }
    }
}
