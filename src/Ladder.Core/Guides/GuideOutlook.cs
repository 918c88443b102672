namespace Ladder.Guides;

/// <summary>
/// Will there be jobs? The BLS projection for the occupation next to the all-occupations average, with a
/// verdict in the Handbook's words. Figures are people (BLS publishes thousands); null means not available.
/// </summary>
public sealed record GuideOutlook
{
    public required bool Available { get; init; }
    /// <summary>The Handbook phrase, such as "Much faster than average"; "not available" without a projection.</summary>
    public required string Verdict { get; init; }
    /// <summary>A stable key for filters: much-faster, faster, average, slower, little-change, decline, unknown.</summary>
    public required string VerdictKey { get; init; }
    public required string Summary { get; init; }
    public double? ChangePercent { get; init; }
    public double? ChangeJobs { get; init; }
    public double? Employment2024 { get; init; }
    public double? Employment2034 { get; init; }
    public required double? AllOccupationsChangePercent { get; init; }
    public double? OpeningsPerYear { get; init; }
    public required string OpeningsDisplay { get; init; }
    public double? SelfEmployedPercent { get; init; }
    /// <summary>Table 1.10: yearly share of workers leaving the labour force and moving to other occupations.</summary>
    public double? ExitRatePercent { get; init; }
    public double? TransferRatePercent { get; init; }
    /// <summary>The BLS row the figures come from (a SOC code or a BLS aggregate) and why, when it is not the occupation's own.</summary>
    public string? ProjectionCode { get; init; }
    public string? ProjectionTitle { get; init; }
    public string? Note { get; init; }
    public required string Method { get; init => field = string.Intern(value); }
    public required string Source { get; init => field = string.Intern(value); }
    public required string AsOf { get; init => field = string.Intern(value); }
    public required string Url { get; init => field = string.Intern(value); }
    /// <summary>The projection period, such as "2024–34".</summary>
    public required string Period { get; init; }

    /// <summary>
    /// Where openings come from: the yearly exit and transfer rates of Table 1.10, and whether replacing those
    /// workers, rather than growth, supplies most openings (separations a year against a tenth of the decade's change).
    /// </summary>
    public string? ReplacementNote()
    {
        if (ExitRatePercent is not { } exit || TransferRatePercent is not { } transfer || Employment2024 is not { } employed) return null;
        var separations = (exit + transfer) / 100 * employed;
        var growth = (ChangeJobs ?? 0) / 10;
        return $"Each year about {OutlookFormat.Percent(exit)} of workers leave the labor force and {OutlookFormat.Percent(transfer)} move to other occupations" +
               (separations > growth ? "; replacing them, more than growth, is where most openings come from." : ".");
    }
}

/// <summary>
/// The way in: what BLS says entry typically takes, what O*NET's survey says workers hold, the credentials,
/// the programmes of study that lead there, and the apprenticeship route where there is one.
/// </summary>
public sealed record GuideEntry
{
    public string? Education { get; init; }
    /// <summary>0 (no formal credential) to 7 (doctoral or professional degree); -1 when not available.</summary>
    public required int EducationRank { get; init; }
    public string? Experience { get; init; }
    public string? Training { get; init; }
    /// <summary>"the broader group … (SOC …)" when the education, experience and training are a broader BLS row's; null when the occupation's own.</summary>
    public string? FiguresFor { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<EducationLevelShare> EducationShares { get; init; }
    /// <summary>Why the survey shares are not the way in, when O*NET's mode is far from BLS's entry education; else null.</summary>
    public string? EducationSurveyNote { get; init; }
    public required IReadOnlyList<GuideProgramme> Programmes { get; init; }
    public required int ProgrammesTotal { get; init; }
    public required string ProgrammeRanking { get; init; }
    /// <summary>Why no programme is shown ("not available: ..." or "No programme is specific to this occupation ..."); null when some are.</summary>
    public string? ProgrammeNote { get; init; }
    public string? Apprenticeship { get; init; }
    public required IReadOnlyList<SourceNote> Sources { get; init; }
}

/// <summary>A programme of study (CIP 2020) that NCES links to the occupation.</summary>
public sealed record GuideProgramme(string CipCode, string Title);

/// <summary>The licences, certifications and apprenticeships on the way in, or the statement that none is needed.</summary>
public sealed record GuideCredentials
{
    public required bool Available { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<GuideCredential> Items { get; init; }
    public required string Source { get; init; }
    /// <summary>The licence decision every licence mention of the guide reads; null when none was imported.</summary>
    public GuideLicence? Licence { get; init; }
}

public sealed record GuideCredential(string Name, string Kind, string Issuer, string Status, string Time, string Source, string Reviewed, string? Note)
{
    /// <summary>What <see cref="Reviewed"/> holds when nobody has checked the decision against its source.</summary>
    public const string Unchecked = "not yet checked";

    /// <summary>"reviewed December 2026", or "not yet checked against its source".</summary>
    public string ReviewedText => Reviewed == Unchecked ? UncheckedText : $"reviewed {Reviewed}";

    public const string UncheckedText = "not yet checked against its source";

    /// <summary>"the state licensing board; exam: …; a 4-year degree": issuer and time, an empty one leaving no gap.</summary>
    public static string IssuerAndTime(string issuer, string time) =>
        string.Join("; ", new[] { issuer, time }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
