namespace Ladder.Outlook;

/// <summary>
/// The one place that names the outlook sources: citations, release labels, dates and links. Import records
/// the release it actually read (from the workbook title) in the catalog; these are the fixed parts.
/// </summary>
public static class OutlookSources
{
    /// <summary>The release Ladder ships, and the label pages use when the catalog does not say otherwise.</summary>
    public const string ProjectionsRelease = Storage.ShippedManifest.ProjectionsRelease;
    public const string ProjectionsCitation = "U.S. Bureau of Labor Statistics, Employment Projections";
    /// <summary>When BLS published the workbook Ladder ships.</summary>
    public const string ProjectionsPublished = Storage.ShippedManifest.ProjectionsPublished;
    public const string ProjectionsUrl = "https://www.bls.gov/emp/tables.htm";
    public const string HandbookGlossaryUrl = "https://www.bls.gov/ooh/about/glossary.htm";

    public const string CrosswalkCitation = "NCES, CIP 2020 to SOC 2018 Crosswalk";
    public const string CrosswalkRelease = "CIP 2020 / SOC 2018";
    /// <summary>The crosswalk is dated by the two classification editions it links, not by a month.</summary>
    public const string CrosswalkAsOf = "CIP 2020 and SOC 2018 editions";
    public const string CrosswalkUrl = "https://nces.ed.gov/ipeds/cipcode/resources.aspx?y=56";

    public const string LicencesCitation = "Ladder's licence decisions (content/licences), each with its own source";

    /// <summary>"U.S. Bureau of Labor Statistics, Employment Projections 2024–34".</summary>
    public static string Projections(string release) => $"{ProjectionsCitation} {release}";
}
