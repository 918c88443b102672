namespace Ladder.ApiContract.Tests;

/// <summary>Files of this repository (the committed contract, the tool scripts), found from the test's output folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Ladder.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Ladder.slnx above {AppContext.BaseDirectory}.");
    }
}
