using System.Diagnostics;
using System.Globalization;
using Ladder.Catalog;
using Ladder.Engine;
using Ladder.Matching;
using Ladder.Occupations;
using Ladder.RelatedEval;
using Ladder.Storage;

// Recall@10 of transition scores against O*NET's Primary-tier related occupations.
// The engine never reads Occupation.Related; only this harness does, to grade it.
var dbArg = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault();
var db = dbArg ?? Path.Combine(Path.GetTempPath(), $"ladder-related-eval-{Environment.ProcessId}.db");
if (!File.Exists(db)) Console.Error.WriteLine("Importing the shipped O*NET and BLS data into a temporary catalog...");
var catalog = LadderEngine.OpenOrImport(db).Catalog;
if (args.Contains("--barriers"))
{
    BarrierCalibration.Print(catalog);
    return;
}
var d = MatchingWeights.Default;
Console.WriteLine($"Occupations: {catalog.Occupations.Count}; graded (with Primary-tier related): {Evaluation.Graded(catalog)}");
Console.WriteLine();
Console.WriteLine($"{"configuration",-44} {"recall@10",9} {"even half",9} {"odd half",9}");
Func<Occupation, bool> even = Evaluation.EvenHalf, odd = o => !Evaluation.EvenHalf(o);
foreach (var (name, standardized) in new[] { ("baseline: cosine, S / K / tech blocks equal", false), ("baseline: cosine, z-scored S+K / tech equal", true) })
    Console.WriteLine($"{name,-44} {Evaluation.BaselineRecall(catalog, standardized),9:0.000} " +
        $"{Evaluation.BaselineRecall(catalog, standardized, even),9:0.000} {Evaluation.BaselineRecall(catalog, standardized, odd),9:0.000}");
var sw = Stopwatch.StartNew();
var full = Evaluation.Recall(catalog, d);
var seconds = sw.Elapsed.TotalSeconds;
Console.WriteLine($"{"Ladder transition score (all terms)",-44} {full,9:0.000} {Evaluation.Recall(catalog, d, even),9:0.000} " +
    $"{Evaluation.Recall(catalog, d, odd),9:0.000}   ({seconds:0.0} s)");
Console.WriteLine("(weights tuned on the even half — last digit of the SOC code even — the odd half is held out)");
Console.WriteLine();
Console.WriteLine("Ablation: drop one term (recall, change from all terms)");
foreach (var (name, w) in Evaluation.DropOne(d))
{
    var r = Evaluation.Recall(catalog, w);
    Console.WriteLine($"  {"without " + name,-42} {r,9:0.000} {(Math.Round(r - full, 3) + 0.0).ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture),8}");
}
Console.WriteLine("Ablation: one term alone");
foreach (var (name, w) in Evaluation.OnlyOne(d))
    Console.WriteLine($"  {name + " only",-42} {Evaluation.Recall(catalog, w),9:0.000}");
if (args.Contains("--grid")) Evaluation.Grid(catalog, d);
if (dbArg is null) File.Delete(db);
