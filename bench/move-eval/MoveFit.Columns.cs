using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>The columns that come from observed moves, and the columns the bench tries beside the shipped features.</summary>
internal sealed partial class MoveFit
{
    /// <summary>
    /// Fills the columns that come from observed moves (priors, neighbours' and reverse flows) of <paramref name="nodes"/>'
    /// candidates from the moves of <paramref name="known"/> alone, never a node's own: as a held-out origin is scored.
    /// </summary>
    public void Fill(IEnumerable<string> nodes, IReadOnlyCollection<string> known)
    {
        var flows = Flows(known);
        var movers = Movers(flows.Keys);
        var flowModel = Blank(flows);
        foreach (var node in nodes.Where(cps.Shares.ContainsKey).Distinct())
        {
            var prior = Prior(known, node, out var d);
            var group = Prior(known.Where(x => Group(x) == Group(node)), node, out var gd);
            foreach (var o in Prepare(node))
            {
                var neighbours = flowModel.NeighbourFlows(o.Profile.Role, o.Similar);
                var extra = CollaborativeExtras.Select(e => e.Value(new Known(node, o.Profile, o.Similar, known, flows))).ToList();
                for (int r = 0; r < o.Features.Length; r++)
                {
                    var n = o.Nodes[r];
                    var split = SplitPriors && n is not null ? Math.Log(OccupationsIn(n)) : 0;
                    var p = n is null ? d : prior.GetValueOrDefault(n, d);
                    o.Features[r][PriorIndex] = p - split;
                    o.Features[r][GroupPriorIndex] = (group.Count == 0 ? p : n is null ? gd : group.GetValueOrDefault(n, gd)) - split;
                    o.Features[r][MoveFeatures.NeighbourIndex] = MoveFeatures.NeighbourFeature(neighbours, n);
                    // Reverse flows only from the known origins (a report-part origin is scored with the fit part's alone).
                    var reverse = n is not null && n != node && flows.TryGetValue(n, out var back) ? back.GetValueOrDefault(node) * movers[n] / 1e6 : (double?)null;
                    o.Features[r][MoveFeatures.ReverseIndex] = MoveFeatures.ReverseFeature(reverse);
                    o.Features[r][MoveFeatures.ReverseIndex + 1] = reverse is null ? 0 : 1;
                    var f = o.Features[r];
                    for (int e = 0; e < extra.Count; e++) f[MoveFeatures.Count + Extras.Count + e] = extra[e](n);
                    for (int e = 0; e < Interactions.Count; e++) f[MoveFeatures.Count + Extras.Count + CollaborativeExtras.Count + e] = f[Interactions[e].A] * f[Interactions[e].B];
                }
            }
        }
    }

    /// <summary>Columns the bench tries beside <see cref="MoveFeatures"/>, from O*NET and BLS (origin, destination).</summary>
    public List<(string Name, Func<RoleProfile, RoleProfile, double> Value)> Extras { get; } = [];

    /// <summary>Columns the bench tries that come from observed moves: given a node and the known origins, a value per candidate.</summary>
    public List<(string Name, Func<Known, Func<string?, double>> Value)> CollaborativeExtras { get; } = [];

    /// <summary>What a collaborative column may read: the origin, its similar roles, and the known origins' flows (never its own).</summary>
    public sealed record Known(string Node, RoleProfile Origin, List<(Ladder.Catalog.Role Other, double Score)> Similar, IReadOnlyCollection<string> Origins,
        Dictionary<string, IReadOnlyDictionary<string, double>> Flows);

    /// <summary>Products of two columns (by index), appended last.</summary>
    public List<(int A, int B)> Interactions { get; } = [];

    private int Width => MoveFeatures.Count + Extras.Count + CollaborativeExtras.Count + Interactions.Count;

    /// <summary>Every column's name, as the fit's weights follow them.</summary>
    public List<string> ColumnNames => MoveFeatures.Names.Concat(Extras.Select(e => e.Name)).Concat(CollaborativeExtras.Select(e => e.Name))
        .Concat(Interactions.Select(i => $"{ColumnNamesBase[i.A]}×{ColumnNamesBase[i.B]}")).ToList();

    private List<string> ColumnNamesBase => MoveFeatures.Names.Concat(Extras.Select(e => e.Name)).Concat(CollaborativeExtras.Select(e => e.Name)).ToList();

    /// <summary>ln of each node's smoothed share of the movers of <paramref name="origins"/>, leaving out <paramref name="except"/>; for bench columns.</summary>
    public Func<string?, double> PriorOver(IEnumerable<string> origins, string except)
    {
        var p = Prior(origins, except, out var d);
        return n => n is null ? d : p.GetValueOrDefault(n, d);
    }
}
