namespace Ladder.Storage;

/// <summary>
/// The shipped-data manifest: which source files this build of Ladder carries under <c>data/</c> and
/// <c>content/</c>, and the one place their release labels are written down (for help text only; every page,
/// citation and attribution reads the labels from what <c>ladder import</c> found in the files).
/// </summary>
public static class ShippedManifest
{
    /// <summary>The O*NET release in <c>data/onet</c>.</summary>
    public const string OnetRelease = "O*NET 30.2";

    /// <summary>The BLS OEWS national table in <c>data/bls</c>, and the previous year's for change.</summary>
    public const string OewsRelease = "May 2025", PreviousOewsRelease = "May 2024";

    /// <summary>The BLS OEWS state estimates in <c>data/bls</c> (50 states and DC), the same release as the national table.</summary>
    public const string StatesRelease = "May 2025";

    /// <summary>
    /// The BLS Employment Projections workbook in <c>data/bls/ep2024</c>: its period, and when BLS published it
    /// (created 2025-07-07, revised 2025-08-04). Import reads the period from the workbook's own title.
    /// </summary>
    public const string ProjectionsRelease = "2024–34", ProjectionsPublished = "August 2025";
}
