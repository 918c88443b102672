using System.Text.Json.Nodes;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.States;

namespace Ladder.Cli.Guides;

/// <summary><c>ladder guide --state CA --json</c>: the guide's JSON with a <c>statePay</c> object beside its national pay.</summary>
internal static class GuideStateJson
{
    public static string Serialize(Guide guide, StatePay pay) => Serialize(GuideJson.Serialize(guide), ("statePay", pay));

    /// <summary>Adds each named state figure to a JSON object already serialized in the one shape (<see cref="GuideJson"/>).</summary>
    public static string Serialize(string json, params (string Name, StatePay? Pay)[] extras)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (var (name, pay) in extras)
            node[name] = pay is null ? null : JsonNode.Parse(GuideJson.Serialize(StatePayJson.From(pay)));
        return node.ToJsonString(GuideJson.Options);
    }
}
