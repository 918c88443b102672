using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Matching;

namespace Ladder.RelatedEval;

/// <summary>
/// Checks the transition barriers against O*NET's own related occupations: how often O*NET relates two occupations
/// across one, two or more job zones or across a licence, per tier, and how many of Ladder's close moves (best ten out
/// of every role) a barrier demotes. docs/matching.md quotes the figures.
/// </summary>
public static class BarrierCalibration
{
    public static void Print(LadderCatalog catalog)
    {
        Console.WriteLine("O*NET related pairs A -> B     pairs   zone +1   zone +2 or more   new licence");
        foreach (var tier in new[] { "Primary-Short", "Primary-Long", "Supplemental" })
        {
            int pairs = 0, one = 0, two = 0, licence = 0;
            foreach (var a in catalog.Occupations)
                foreach (var r in a.Related.Where(r => r.Tier == tier))
                {
                    if (catalog.FindByCode(r.Code.Value) is not { } b || a.JobZone is not { } za || b.JobZone is not { } zb) continue;
                    pairs++;
                    if (zb - za == 1) one++;
                    if (zb - za >= TransitionBarrier.ZoneGap) two++;
                    if (Ladder.Licences.LicenceBook.Crossed(catalog.Outlook.Licences.For(a.Code), catalog.Outlook.Licences.For(b.Code)) is not null) licence++;
                }
            Console.WriteLine($"{tier,-28} {pairs,7} {Pct(one, pairs),9} {Pct(two, pairs),17} {Pct(licence, pairs),13}");
        }
        var space = SkillSpace.Build(catalog);
        int close = 0, demoted = 0;
        foreach (var role in catalog.Roles)
            foreach (var (to, score) in space.BestFrom(space.ProfileOf(role), 10, _ => true).Select(x => (x.To.Role, x.Score)))
            {
                var t = TransitionAnalyzer.Analyze(space, role, to);
                if (TransitionAnalyzer.Verdict(t.Score, t.JobZoneChange) != "close move") continue;
                close++;
                if (t.Barriers.Count > 0) demoted++;
            }
        Console.WriteLine($"Close moves by score and job zone among every role's best ten: {close}; demoted to stretch by a barrier: {demoted} ({Pct(demoted, close)})");
    }

    private static string Pct(int n, int of) => of == 0 ? "-" : $"{100.0 * n / of:0.0}%";
}
