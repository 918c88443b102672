using System.Text.Json.Nodes;

namespace Ladder.ContentAudit;

public sealed partial class Audit
{
    private readonly HashSet<(string, string)> _seenMoves = [];

    /// <summary>A "close move" into work that needs a licence the reader's current work does not, or two more job zones.</summary>
    public void CheckTransitions(JsonObject list)
    {
        var self = list["role"]!;
        foreach (var move in list["outOf"]?.AsArray() ?? []) Check(self, move!["role"]!, move);
        foreach (var move in list["into"]?.AsArray() ?? []) Check(move!["role"]!, self, move);
    }

    private void Check(JsonNode from, JsonNode to, JsonNode move)
    {
        var key = (from["slug"]!.GetValue<string>(), to["slug"]!.GetValue<string>());
        if (!_seenMoves.Add(key) || move["verdict"]?.GetValue<string>() != "close move") return;
        // The target needs a licence (its guide's decision, or an outside statement) and the starting work needs none at all.
        // Between two licensed jobs, whether one licence covers the other (an APRN holds an RN licence) is data the
        // audit does not hold, so those moves are not judged here.
        var (toGuide, fromGuide) = (guides.GetValueOrDefault(key.Item2), guides.GetValueOrDefault(key.Item1));
        var need = NeedsLicence(to["code"]?.GetValue<string>(), toGuide) ? toGuide?["credentials"]?["licence"]?["credential"]?.GetValue<string>() ?? "licence" : null;
        var fromKind = fromGuide?["credentials"]?["licence"]?["kind"]?.GetValue<string>();
        var zones = move["jobZoneChange"]?.GetValue<int?>() ?? 0;
        var crosses = need is not null && fromKind is "none" && !NeedsLicence(from["code"]?.GetValue<string>(), fromGuide);
        if (crosses || zones >= 2)
            Add(DefectClass.CloseMoveAcrossLicence, key.Item2,
                $"{from["title"]} → {to["title"]} is a \"close move\"" + (crosses ? $" but needs a {need}" : "") + (zones >= 2 ? $" and {zones} more job zones" : ""), 7);
    }
}
