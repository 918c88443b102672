namespace Ladder.Outlook;

/// <summary>A programme of study (CIP 2020) that the NCES crosswalk links to an occupation (SOC 2018).</summary>
public sealed record CipProgramme(string CipCode, string Title, string Soc);

/// <summary>The crosswalk rows that link a programme to an occupation; "no match" rows (SOC 99-9999, CIP 99.9999) are dropped.</summary>
public sealed record CipCrosswalk(string SourceName, IReadOnlyList<CipProgramme> Rows, int UnmatchedRows);
