using System.Text.Json;
using System.Text.Json.Nodes;
using Ladder.Guides;
using Ladder.Matching;
using Ladder.Web.Site;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Ladder.Web.Api;

/// <summary>
/// Examples for the main schemas, made from the served catalog rather than written by hand, so they are true and
/// match the schema by construction. Lists are cut to two items to keep the document readable.
/// </summary>
public sealed class OpenApiExamples(SiteData data, IOptions<JsonOptions> json)
{
    public const string ExampleRole = "data-scientist";
    public static readonly GapRequest ExampleGap = new(ExampleRole, Skills: ["Python", "SQL", "Statistics"]);

    private readonly Lazy<JsonNode?> _guide = new(() => Sample(data.Guide(ExampleRole), json.Value.SerializerOptions));
    private readonly Lazy<JsonNode?> _gapReport = new(() => Sample(Report(data), json.Value.SerializerOptions));
    private readonly Lazy<JsonNode?> _gapRequest = new(() => JsonSerializer.SerializeToNode(ExampleGap, json.Value.SerializerOptions));

    public void Apply(OpenApiSchema schema, Type type)
    {
        var example = type == typeof(Guide) ? _guide.Value
            : type == typeof(GapReport) ? _gapReport.Value
            : type == typeof(GapRequest) ? _gapRequest.Value
            : null;
        if (example is not null) schema.Examples = [example.DeepClone()];
    }

    private static GapReport? Report(SiteData data) =>
        data.Catalog.FindRole(ExampleRole) is { } role
            ? new GapQuery(string.Join(", ", ExampleGap.Skills ?? []), null, null).Run(data.Engine.Space, role).Report
            : null;

    private static JsonNode? Sample<T>(T? value, JsonSerializerOptions options) =>
        value is null ? null : Shorten(JsonSerializer.SerializeToNode(value, options));

    private static JsonNode? Shorten(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                while (array.Count > 2) array.RemoveAt(array.Count - 1);
                foreach (var item in array) Shorten(item);
                break;
            case JsonObject obj:
                foreach (var (_, child) in obj) Shorten(child);
                break;
        }
        return node;
    }
}
