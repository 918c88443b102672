using System.Globalization;
using Ladder.Engine;
using Ladder.Matching;
using Ladder.MoveEval;

// Fits and evaluates the move model against observed occupation changes (cps/README.md). --fit also writes the
// shipped model file. Pass --db PATH to reuse an imported catalog.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var dbArg = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault();
var db = dbArg ?? Path.Combine(Path.GetTempPath(), $"ladder-move-eval-{Environment.ProcessId}.db");
var catalog = LadderEngine.OpenOrImport(db).Catalog;
var baseSpace = SkillSpace.Build(catalog, moves: MoveModel.SimilarityOnly);
var cps = CpsMoves.Read(Path.Combine(AppContext.BaseDirectory, "cps"));
var pool = int.Parse(args.SkipWhile(a => a != "--pool").Skip(1).FirstOrDefault() ?? "0", CultureInfo.InvariantCulture);
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var fit = new MoveFit(baseSpace, cps, pool)
{
    L2 = double.Parse(Arg("--l2") ?? "0.01", CultureInfo.InvariantCulture),
    Iterations = int.Parse(Arg("--iterations") ?? "800", CultureInfo.InvariantCulture),
    Neighbours = int.Parse(Arg("--neighbours") ?? "10", CultureInfo.InvariantCulture),
    SplitPriors = args.Contains("--split"),
    ShareWeighted = args.Contains("--share-priors"),
};

if (args.Contains("--experiments")) Experiments.Register(fit, cps, baseSpace);
var all = cps.Shares.Keys.Order(StringComparer.Ordinal).ToList();
var fitPart = all.Where(CpsMoves.IsFitPart).ToList();
// An origin no O*NET occupation stands for alone (its SOC codes split across nodes) cannot be asked; both rankings skip it.
var evalAll = cps.EvalOrigins.Where(o => cps.Shares.ContainsKey(o) && fit.OccupationsOf(o).Count > 0).ToList();
var unasked = cps.EvalOrigins.Count - evalAll.Count;
var evalFit = evalAll.Where(CpsMoves.IsFitPart).ToList();
var evalReport = evalAll.Where(o => !CpsMoves.IsFitPart(o)).ToList();
Console.WriteLine(pool > 0 ? $"Similarity pool: {pool}" : "Every role is a candidate (no similarity pool)");
Console.WriteLine($"Origins with clean movers: {all.Count} (fit part {fitPart.Count}); evaluation origins: {evalAll.Count} (fit part {evalFit.Count}, report part {evalReport.Count}); {unasked} more have no O*NET occupation of their own");

if (Arg("--read") is { } seed)
{
    SeededReading.Print(SkillSpace.Build(catalog, extractor: baseSpace.Extractor), int.Parse(seed, CultureInfo.InvariantCulture));
    return;
}
if (Arg("--partitions") is { } modelIn)
{
    // Adds the normalisers moves in need to a model file fitted without them: --partitions IN --out OUT.
    var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(modelIn))!.AsObject();
    node["logPartition"] ??= new System.Text.Json.Nodes.JsonObject();
    var temporary = Path.GetTempFileName();
    File.WriteAllText(temporary, node.ToJsonString());
    var withPartitions = Partitions.Add(baseSpace, MoveModel.Load(temporary));
    File.Delete(temporary);
    ModelFile.Write(Path.GetFullPath(Arg("--out") ?? modelIn), withPartitions);
    Console.WriteLine($"Wrote {Arg("--out") ?? modelIn}");
    return;
}
CrossValidation.Folds = int.Parse(Arg("--folds") ?? "2", CultureInfo.InvariantCulture);
if (args.Contains("--ceilings")) { Experiments.Ceilings(fit, cps, all, evalAll, int.Parse(Arg("--tune") ?? "4", CultureInfo.InvariantCulture)); return; }
if (args.Contains("--experiments"))
{
    Experiments.Run(fit, cps, all, evalAll, int.Parse(Arg("--cv") ?? "3", CultureInfo.InvariantCulture), int.Parse(Arg("--tune") ?? "2", CultureInfo.InvariantCulture), Arg("--only"));
    return;
}
if (Arg("--cv") is { } splitCount)
{
    // Several fit/report splits, both ways round: the mean and spread of held-out mover-mass@10 (CrossValidation).
    var splits = int.Parse(splitCount, CultureInfo.InvariantCulture);
    foreach (var rounds in new[] { 0, int.Parse(Arg("--tune") ?? "4", CultureInfo.InvariantCulture) }.Distinct())
    {
        Console.WriteLine($"Conditional logit{(rounds > 0 ? $", then {rounds} rounds of tuning on mover-mass" : "")}:");
        Console.WriteLine("  " + CrossValidation.Summary(CrossValidation.Run(fit, cps, all, evalAll, splits, CrossValidation.Linear(fit, rounds), Console.WriteLine)));
    }
    return;
}
if (args.Contains("--diag")) { Diagnostics.PoolCeilings(baseSpace, fit, cps, evalAll); return; }
if (args.Contains("--rules"))
{
    // The shipped model under each list rule, same run: what each rule a reader needs costs in movers and in O*NET relatedness.
    var shippedOnly = SkillSpace.Build(catalog, extractor: baseSpace.Extractor);
    Console.WriteLine($"Model: {shippedOnly.Moves.Provenance}");
    Console.WriteLine($"{"rules",-52} {"fit mass",8} {"rep mass",8} {"all mass",8} {"all rec",8} {"related",8}");
    Console.WriteLine($"{"popularity baseline",-52} {MoveMetrics.Popularity(cps, evalFit).MoverMass,8:0.000} {MoveMetrics.Popularity(cps, evalReport).MoverMass,8:0.000} {MoveMetrics.Popularity(cps, evalAll).MoverMass,8:0.000} {MoveMetrics.Popularity(cps, evalAll).Recall,8:0.000}");
    var shown = MoveRules.Shown;
    foreach (var (name, rules) in new (string, MoveRules)[]
    {
        ("as shown (MoveRules.Shown)", shown),
        ("no pay-drop limit", shown with { MaxPayDrop = null }),
        ("no limit on steps down", shown with { MaxStepsDown = null }),
        ("at most 3 steps down", shown with { MaxStepsDown = 3 }),
        ("nodes ranked by summed probability", shown with { ByNode = true }),
        ("half the places to the closest in skills", shown with { ClosestShare = 0.5 }),
        ("all places to the closest in skills", shown with { ClosestShare = 1 }),
    })
    {
        var (f, r, w) = (MoveMetrics.Ladder(shippedOnly, fit, cps, evalFit, rules), MoveMetrics.Ladder(shippedOnly, fit, cps, evalReport, rules), MoveMetrics.Ladder(shippedOnly, fit, cps, evalAll, rules));
        var related = args.Contains("--no-related") ? double.NaN : RelatedRecall.Of(shippedOnly, rules);
        Console.WriteLine($"{name,-52} {f.MoverMass,8:0.000} {r.MoverMass,8:0.000} {w.MoverMass,8:0.000} {w.Recall,8:0.000} {related,8:0.000}");
    }
    Console.WriteLine($"{"'Closest in skills' list (MoveRanking.Closest)",-52} {"",8} {"",8} {"",8} {"",8} {RelatedRecall.OfClosest(shippedOnly),8:0.000}");
    return;
}
if (args.Contains("--shipped"))
{
    // The model as shipped (data/models/moves.json), ranked as every surface ranks: no fitting.
    var shippedOnly = SkillSpace.Build(catalog, extractor: baseSpace.Extractor);
    Console.WriteLine($"Model: {shippedOnly.Moves.Provenance}");
    Console.WriteLine($"{"",-46} {"fit part",-15}   {"report part",-15}   {"whole tuning half",-15}");
    Console.WriteLine($"{"ranking",-46} {"recall",7} {"mass",7}   {"recall",7} {"mass",7}   {"recall",7} {"mass",7}");
    foreach (var (name, metric) in new (string, Func<List<string>, MoveMetrics.Result>)[]
    {
        ("popularity baseline (10 largest destinations)", o => MoveMetrics.Popularity(cps, o)),
        ("skill similarity only (Ladder before)", o => MoveMetrics.Ladder(baseSpace, fit, cps, o)),
        ("shipped move model", o => MoveMetrics.Ladder(shippedOnly, fit, cps, o)),
    })
    {
        var (f, r, w) = (metric(evalFit), metric(evalReport), metric(evalAll));
        Console.WriteLine($"{name,-46} {f.Recall,7:0.000} {f.MoverMass,7:0.000}   {r.Recall,7:0.000} {r.MoverMass,7:0.000}   {w.Recall,7:0.000} {w.MoverMass,7:0.000}");
    }
    Console.WriteLine($"recall@10 against O*NET Primary related occupations: shipped moves list {RelatedRecall.Of(shippedOnly):0.000}, 'Closest in skills' list {RelatedRecall.OfClosest(shippedOnly):0.000}");
    IntoRows(shippedOnly);
    return;
}
const string Source = "CPS ASEC occupation changes (del Rio-Chanona et al., CC BY 4.0; bench/move-eval/cps), tuning half";
var tuneRounds = int.Parse(Arg("--tune") ?? "4", CultureInfo.InvariantCulture);
var fitOnly = fit.Fit(fitPart, $"{Source}, fit part only");
if (tuneRounds > 0) fitOnly = fit.Tune(fitOnly, evalFit, tuneRounds, Console.WriteLine);
var shipped = args.Contains("--quick") ? fitOnly : fit.Fit(all, $"Conditional logit fitted on {Source} ({all.Count} origins); features from O*NET and BLS only. Rebuild: bench/move-eval/run.sh --fit");
if (tuneRounds > 0 && !args.Contains("--quick")) shipped = fit.Tune(shipped, evalAll, tuneRounds, Console.WriteLine);
shipped = Partitions.Add(baseSpace, shipped);

if (args.Contains("--explore"))
{
    for (int j = 0; j < MoveFeatures.Count; j++)
        Console.WriteLine($"  {MoveFeatures.Names[j],-22} alone: fit part {fit.CachedMass(evalFit, f => f[j]):0.000} (negated {fit.CachedMass(evalFit, f => -f[j]):0.000})");
    Console.WriteLine($"  popularity (cached): fit part {fit.CachedMass(evalFit, (f, n) => (n is null ? 0 : cps.Inflow.GetValueOrDefault(n))):0.000}");
    foreach (var a in new[] { 0.5, 1, 2, 4 })
        Console.WriteLine($"  popularity × neighbours^{a}: fit part {fit.CachedMass(evalFit, (f, n) => Math.Log((n is null ? 0 : cps.Inflow.GetValueOrDefault(n)) + 1) + a * f[MoveFeatures.NeighbourIndex]):0.000}");
    Console.WriteLine($"  fitted model (cached): fit part {fit.CachedMass(evalFit, f => fitOnly.Score(f)):0.000}");
    return;
}
SkillSpace With(MoveModel m) => SkillSpace.Build(catalog, extractor: baseSpace.Extractor, moves: m);
string Cell(MoveMetrics.Result r) => $"{r.Recall,7:0.000} {r.MoverMass,7:0.000}";
void Row(string name, Func<List<string>, MoveMetrics.Result> metric) =>
    Console.WriteLine($"{name,-46} {Cell(metric(evalFit))}   {Cell(metric(evalReport))}   {Cell(metric(evalAll))}");

Console.WriteLine();
Console.WriteLine($"{"",-46} {"fit part",-15}   {"report part",-15}   {"whole tuning half",-15}");
Console.WriteLine($"{"ranking",-46} {"recall",7} {"mass",7}   {"recall",7} {"mass",7}   {"recall",7} {"mass",7}");
Row("popularity baseline (10 largest destinations)", o => MoveMetrics.Popularity(cps, o));
if (!args.Contains("--quick")) Row("skill similarity only (Ladder before)", o => MoveMetrics.Ladder(baseSpace, fit, cps, o));
var fitSpace = With(fitOnly);
Row("move model fitted on the fit part", o => MoveMetrics.Ladder(fitSpace, fit, cps, o));
var shippedSpace = With(shipped);
if (!args.Contains("--quick")) Row("move model fitted on the whole half (shipped)", o => MoveMetrics.Ladder(shippedSpace, fit, cps, o));
Console.WriteLine("recall = share of the observed top 10 among Ladder's first 10 moves; mass = mover-mass@10 (share of real movers).");
Console.WriteLine($"The report part was not used to fit the 'fit part' model (weights or destination prior).");
Console.WriteLine();
Console.WriteLine("Weights of the shipped model (standardised features):");
for (int j = 0; j < MoveFeatures.Count; j++) Console.WriteLine($"  {MoveFeatures.Names[j],-22} {shipped.Weights[j],8:+0.000;-0.000}   (fit part only {fitOnly.Weights[j],8:+0.000;-0.000})");
Console.WriteLine();
if (!args.Contains("--quick")) Console.WriteLine($"recall@10 against O*NET Primary related occupations: shipped moves list {RelatedRecall.Of(shippedSpace):0.000}, 'Closest in skills' list {RelatedRecall.OfClosest(shippedSpace):0.000}, similarity-only model under the moves list's rules {RelatedRecall.Of(baseSpace):0.000}");

IntoRows(shippedSpace);

if (args.Contains("--fit"))
{
    var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../data/models/moves.json"));
    if (args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() is { } outPath) path = Path.GetFullPath(outPath);
    ModelFile.Write(path, shipped);
    Console.WriteLine($"Wrote {path}");
}
if (dbArg is null) File.Delete(db);

// Moves in, graded against where the movers of the observed origins went (every evaluation origin as a destination).
void IntoRows(SkillSpace space)
{
    Console.WriteLine($"Moves in, share of a destination's observed movers whose origin is among the first ten moves in (evaluation nodes as destinations):");
    Console.WriteLine($"  ten largest origins, the same for every destination {MoveMetrics.IntoBySize(cps, evalAll):0.000}");
    Console.WriteLine($"  by the score of the move alone                      {MoveMetrics.Into(space, fit, cps, evalAll, MoveRules.Shown with { OriginSize = 0 }):0.000}");
    Console.WriteLine($"  by origin size × probability, to the power 0.25     {MoveMetrics.Into(space, fit, cps, evalAll, MoveRules.Shown with { OriginSize = 0.25 }):0.000}");
    Console.WriteLine($"  by origin size × probability, to the power 0.5      {MoveMetrics.Into(space, fit, cps, evalAll, MoveRules.Shown with { OriginSize = 0.5 }):0.000}");
    Console.WriteLine($"  by origin size × probability                        {MoveMetrics.Into(space, fit, cps, evalAll, MoveRules.Shown with { OriginSize = 1 }):0.000}");
    Console.WriteLine($"  as shown (MoveRules.Shown.OriginSize = {MoveRules.Shown.OriginSize})             {MoveMetrics.Into(space, fit, cps, evalAll):0.000}");
}
