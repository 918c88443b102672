using System.Text.Json;

namespace Ladder.ApiContract.Tests;

/// <summary>The served document passes Redocly CLI's recommended rules with nothing ignored.</summary>
[Collection(ContractCollection.Name)]
public sealed class OpenApiLintTests(ContractServer server)
{
    [Fact]
    public async Task Redocly_lint_with_the_recommended_rules_reports_no_errors_and_no_warnings()
    {
        await ApiTools.EnsureInstalledAsync();
        // No config or ignore file may soften the rules: none in the repository, and the lint runs in a folder with none.
        foreach (var name in new[] { "redocly.yaml", "redocly.yml", ".redocly.yaml", ".redocly.lint-ignore.yaml" })
            Assert.False(File.Exists(RepoFiles.Path(name)), $"{name} must not exist: the contract is linted with the recommended rules as they are.");

        var folder = Path.GetDirectoryName(server.DocumentPath)!;
        var json = await ToolRun.RunAsync(ApiTools.Redocly, ["lint", server.DocumentPath, "--extends=recommended", "--format=json"], folder, TimeSpan.FromMinutes(2));
        Assert.True(json.StandardOutput.Contains("\"totals\"", StringComparison.Ordinal), $"redocly printed no JSON report:\n{json.Output}");
        using var report = JsonDocument.Parse(json.StandardOutput);
        var totals = report.RootElement.GetProperty("totals");
        if (totals.GetProperty("errors").GetInt32() != 0 || totals.GetProperty("warnings").GetInt32() != 0)
        {
            var readable = await ToolRun.RunAsync(ApiTools.Redocly, ["lint", server.DocumentPath, "--extends=recommended"], folder, TimeSpan.FromMinutes(2));
            Assert.Fail($"redocly lint: {totals}\n{readable.Output}");
        }
        Assert.Equal(0, json.ExitCode);
    }
}
