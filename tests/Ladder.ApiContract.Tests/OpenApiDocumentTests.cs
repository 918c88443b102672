using System.Text.Json;

namespace Ladder.ApiContract.Tests;

/// <summary>What the contract promises beyond Redocly's rules: who needs the token, how to back off, whose data it is.</summary>
[Collection(ContractCollection.Name)]
public sealed class OpenApiDocumentTests(ContractServer server)
{
    private JsonElement Root => JsonDocument.Parse(server.Document).RootElement;

    [Fact]
    public void Only_the_admin_operations_need_the_admin_token()
    {
        var root = Root;
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("adminToken");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var secured = OpenApiCompatibility.Operations(root).Values
            .Where(op => op.GetProperty("security").EnumerateArray().Any(r => r.TryGetProperty("adminToken", out _)))
            .Select(OpenApiCompatibility.OperationId).Order().ToList();
        Assert.Equal(["getApplication", "listApplicationsPage"], secured);
    }

    [Fact]
    public void Every_operation_declares_its_problems_and_every_429_says_when_to_retry()
    {
        foreach (var (key, op) in OpenApiCompatibility.Operations(Root))
        {
            var responses = op.GetProperty("responses").EnumerateObject().ToList();
            Assert.Contains(responses, r => r.Name.StartsWith('4'));
            foreach (var problem in responses.Where(r => r.Name.StartsWith('4') && r.Value.TryGetProperty("content", out var c) && c.TryGetProperty("application/problem+json", out _)))
                Assert.EndsWith("ProblemDetails", problem.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
            if (responses.FirstOrDefault(r => r.Name == "429") is { Value.ValueKind: JsonValueKind.Object } tooMany)
                Assert.True(tooMany.Value.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{key}: 429 without Retry-After");
        }
        // The rate-limited operations are exactly the ones that declare 429.
        var limited = OpenApiCompatibility.Operations(Root).Values.Where(op => op.GetProperty("responses").TryGetProperty("429", out _))
            .Select(OpenApiCompatibility.OperationId).Order().ToList();
        Assert.Equal(["getApplication", "listApplicationsPage", "submitApplication"], limited);
    }

    [Fact]
    public void The_document_names_the_code_licence_attributes_the_data_and_has_a_clean_server_url()
    {
        var info = Root.GetProperty("info");
        Assert.False(string.IsNullOrWhiteSpace(info.GetProperty("license").GetProperty("name").GetString()));
        var description = info.GetProperty("description").GetString()!;
        Assert.Contains("O*NET", description);
        Assert.Contains("CC BY 4.0", description);
        Assert.Contains("USDOL/ETA", description);
        Assert.Contains("Bureau of Labor Statistics", description);
        foreach (var s in Root.GetProperty("servers").EnumerateArray())
            Assert.False(s.GetProperty("url").GetString()!.EndsWith('/'), "a server URL ends with '/'");
        Assert.All(Root.GetProperty("tags").EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
    }

    [Theory]
    [InlineData("Guide", "slug")]
    [InlineData("GapRequest", "target")]
    [InlineData("GapReport", "matchPercent")]
    public void The_main_schemas_carry_an_example_from_the_served_catalog(string schema, string field)
    {
        var example = Root.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("examples")[0];
        Assert.True(example.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null, $"{schema} example lacks {field}");
    }

    [Fact]
    public void Every_path_is_under_the_version_prefix_except_the_admin_page()
    {
        var paths = Root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths.Where(p => p != "/admin/applications"), p => Assert.StartsWith("/api/v1/", p));
    }
}
