namespace Ladder.ApiContract.Tests;

/// <summary>
/// The pinned tools the contract tests drive: Redocly CLI (npm, tools/redocly) and Kiota (a local .NET tool in
/// .config/dotnet-tools.json). tools/deps/api-tools.sh installs both; the tests run it themselves when needed, so
/// `dotnet test` alone works on a fresh machine with node and npm.
/// </summary>
internal static class ApiTools
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _installed;

    public static string Redocly => RepoFiles.Path("tools", "redocly", "node_modules", ".bin", "redocly");

    public static async Task EnsureInstalledAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_installed) return;
            (await ToolRun.RunAsync("bash", [RepoFiles.Path("tools", "deps", "api-tools.sh")], RepoFiles.Root, TimeSpan.FromMinutes(5)))
                .Succeeded("tools/deps/api-tools.sh");
            if (!File.Exists(Redocly)) throw new InvalidOperationException($"tools/deps/api-tools.sh ran but {Redocly} is missing.");
            _installed = true;
        }
        finally
        {
            Gate.Release();
        }
    }
}
