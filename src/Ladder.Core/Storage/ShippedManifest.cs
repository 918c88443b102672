using Ladder.Import;

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

    /// <summary>Import options that read everything shipped into <paramref name="databasePath"/>.</summary>
    public static ImportOptions ImportOptions(string databasePath) => new()
    {
        DatabasePath = databasePath,
        OnetPath = LadderPaths.ShippedOnet,
        OewsPath = LadderPaths.ShippedOews,
        PreviousOewsPath = LadderPaths.ShippedPreviousOews,
        ContentPath = Directory.Exists(LadderPaths.ShippedContent) ? LadderPaths.ShippedContent : null,
    };
}
