using System.Diagnostics;
using Ladder.Web.Export;
using Ladder.Web.Site;

namespace Ladder.Tests.Web;

/// <summary>
/// The shipped <c>ladder build</c> executable, which relaunches itself with tiered compilation off (BatchRelaunch),
/// against the plain in-process build: the same files with the same bytes.
/// </summary>
public sealed class BuildProcessTests(ShippedCatalogFixture fixture) : IClassFixture<ShippedCatalogFixture>
{
    [Fact]
    public async Task The_ladder_build_process_writes_exactly_the_files_of_the_in_process_build()
    {
        var fast = fixture.TempPath("built-by-process");
        var (exit, output) = await RunLadderAsync("--db", fixture.CatalogPath, "build", fast);
        Assert.True(exit == 0, output);
        Assert.Contains("Link check passed", output);

        var plain = fixture.TempPath("built-in-process");
        var site = new StaticSite(new SiteData(fixture.Engine));
        var result = site.Build(new StaticSiteOptions(plain), site.Plan());
        Assert.True(result.Links.Ok);

        var files = Files(plain);
        Assert.True(files.Count > 17_000, $"{files.Count} files");
        Assert.Equal(files, Files(fast));
        var different = files.Where(f => !File.ReadAllBytes(Path.Combine(plain, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fast, f)))).Take(5).ToList();
        Assert.Empty(different);
    }

    [Theory]
    [InlineData(true, "build", "out")]
    [InlineData(true, "--db", "x.db", "build", "out", "--base-path", "/jobs/")]
    [InlineData(false, "serve")]
    [InlineData(false, "--db", "build", "guide", "nurse")]
    [InlineData(false, "build")]
    [InlineData(false, "build", "out", "--no-such-option")]
    public void Only_a_valid_build_command_line_is_relaunched(bool relaunched, params string[] args) =>
        Assert.Equal(relaunched, Ladder.BatchRelaunch.IsBuild(args));

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();

    private static async Task<(int Exit, string Output)> RunLadderAsync(params string[] args)
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "ladder.exe" : "ladder");
        var start = File.Exists(apphost)
            ? new ProcessStartInfo(apphost)
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ladder.dll") } };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        // The relaunch is what is under test, so the test runner's own setting (if any) must not turn it off.
        start.Environment.Remove("DOTNET_TieredCompilation");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
