using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ladder.ApiContract.Tests;

/// <summary>
/// The served document against the committed contract, docs/openapi/v1.json. A break (an operation or a required
/// field gone) fails: make it a new version instead. An addition fails too until the copy is refreshed, so the
/// committed contract is always the whole of what v1 promises. Refresh it with
/// <c>LADDER_OPENAPI_REFRESH=1 dotnet test tests/Ladder.ApiContract.Tests --filter OpenApiSnapshotTests</c>.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class OpenApiSnapshotTests(ContractServer server)
{
    private static string CommittedPath => RepoFiles.Path("docs", "openapi", "v1.json");

    [Fact]
    public async Task The_served_document_keeps_every_operation_and_required_field_of_the_committed_contract()
    {
        if (Environment.GetEnvironmentVariable("LADDER_OPENAPI_REFRESH") == "1") await RefreshAsync();
        using var committed = JsonDocument.Parse(await File.ReadAllTextAsync(CommittedPath));
        using var served = JsonDocument.Parse(server.Document);

        var breaks = OpenApiCompatibility.Breaks(committed.RootElement, served.RootElement);
        Assert.True(breaks.Count == 0, "The API breaks clients of docs/openapi/v1.json (serve the change under a new version instead):\n" + string.Join("\n", breaks));

        var added = OpenApiCompatibility.Operations(served.RootElement).Keys.Except(OpenApiCompatibility.Operations(committed.RootElement).Keys).ToList();
        Assert.True(added.Count == 0, "Operations missing from docs/openapi/v1.json (refresh it with LADDER_OPENAPI_REFRESH=1):\n" + string.Join("\n", added));
    }

    [Fact]
    public void The_check_catches_a_removed_operation_a_removed_required_field_and_a_new_required_parameter()
    {
        using var original = JsonDocument.Parse(server.Document);
        var changed = JsonNode.Parse(server.Document)!;
        changed["paths"]!.AsObject().Remove("/api/v1/gap");
        changed["components"]!["schemas"]!["Guide"]!["properties"]!.AsObject().Remove("slug");
        changed["components"]!["schemas"]!["SearchItem"]!["required"]!.AsArray().RemoveAt(0);
        changed["paths"]!["/api/v1/search"]!["get"]!["parameters"]!.AsArray()
            .Add(new JsonObject { ["name"] = "locale", ["in"] = "query", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
        using var served = JsonDocument.Parse(changed.ToJsonString());

        var breaks = OpenApiCompatibility.Breaks(original.RootElement, served.RootElement);

        Assert.Empty(OpenApiCompatibility.Breaks(original.RootElement, original.RootElement));
        Assert.Contains("operation POST /api/v1/gap (analyzeGap) is gone", breaks);
        Assert.Contains("required field Guide.slug is gone", breaks);
        Assert.Contains("field SearchItem.slug is no longer required", breaks);
        Assert.Contains("operation GET /api/v1/search now requires the parameter query:locale", breaks);
        Assert.Equal(4, breaks.Count);
    }

    /// <summary>Writes the served document as the committed contract, without the server address it was served from.</summary>
    private async Task RefreshAsync()
    {
        var document = JsonNode.Parse(server.Document)!.AsObject();
        document.Remove("servers");
        Directory.CreateDirectory(Path.GetDirectoryName(CommittedPath)!);
        await File.WriteAllTextAsync(CommittedPath, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }
}
